import { demoPolicyPath } from '../../src/paths.js';
import { loadPolicyFile } from '../../src/policy/load.js';
import { type Policy, policySchema } from '../../src/policy/schema.js';

/**
 * Policies for the statement renderer's tests, built from the CloudAware example through the real
 * loader, then changed in code and validated again with the schema, so that every variant is a policy
 * the loader would accept.
 */

export async function seedPolicy(): Promise<Policy> {
  return (await loadPolicyFile(demoPolicyPath)).policy;
}

/** The same text in both languages, for test strings. */
export const both = (text: string) => ({ nl: text, en: text });

export const hostile = '<script>alert("x")</script> & *bold* [link](javascript:alert(1)) {{< shortcode >}}';

/**
 * The seed with markup and script in every kind of field a statement shows: labels, purposes, names,
 * the DPO, a cookie, the website. A statement must show these as text and never as markup.
 */
export async function hostilePolicy(): Promise<Policy> {
  const p = structuredClone(await seedPolicy());
  p.meta.title = both(`Privacy "${hostile}"`);
  p.meta.website = 'javascript:alert(1)';
  p.controller.legalName = `Evil <b>B.V.</b>`;
  p.controller.tradeName = `Trade & <i>Name</i>`;
  p.dpo = { name: `<img src=x onerror=alert(1)>`, email: 'dpo@example.org' };
  const first = p.categories[0]!;
  first.label = both(`- ${hostile}`);
  p.activities[0]!.purpose = both(`# ${hostile}`);
  p.cookies.declared = [
    {
      name: 'a|b`c<d>',
      provider: '<script>p</script>',
      category: 'functional',
      purpose: both(`Pipe | in ${hostile}`),
      lifetime: 'P1Y',
      firstParty: true,
    },
  ];
  return policySchema.parse(p);
}
