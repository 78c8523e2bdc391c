/**
 * A small well-formedness check for generated HTML, so that tests need no HTML parser: every element is
 * closed in the right order, void elements are not closed, attributes are quoted, and no raw `<` or `&`
 * appears in text. Returns the problems found (empty when the document is sound).
 *
 * @example
 *   expect(htmlProblems('<p>a<br>b</p>')).toEqual([]);
 */
const voidElements = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

export function htmlProblems(html: string): string[] {
  const problems: string[] = [];
  const open: string[] = [];
  const body = html.replace(/^<!doctype html>/i, '');
  // Raw text inside <style> is not markup.
  const withoutStyle = body.replace(/<style>[\s\S]*?<\/style>/g, '<style></style>');
  const token =
    /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z-]+(?:="[^"<>]*")?)*)\s*(\/?)>|<|&(?!(?:#\d+|#x[0-9a-f]+|[a-z]+);)/gi;
  for (const m of withoutStyle.matchAll(token)) {
    const [whole, closing, rawName, , selfClosing] = m;
    if (whole === '<') {
      problems.push(`raw "<" at ${m.index}: ${withoutStyle.slice(m.index, (m.index ?? 0) + 30)}`);
      continue;
    }
    if (whole === '&') {
      problems.push(`raw "&" at ${m.index}`);
      continue;
    }
    const name = (rawName ?? '').toLowerCase();
    if (voidElements.has(name)) {
      if (closing) problems.push(`void element </${name}> closed`);
      continue;
    }
    if (selfClosing) problems.push(`<${name}/> self-closed`);
    if (!closing) {
      open.push(name);
      continue;
    }
    const top = open.pop();
    if (top !== name) problems.push(`</${name}> closes <${top ?? 'nothing'}>`);
  }
  if (open.length > 0) problems.push(`unclosed: ${open.join(', ')}`);
  return problems;
}
