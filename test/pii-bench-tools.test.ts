import { describe, expect, it } from 'vitest';
import { grondslagTool, peerTools } from '../bench/lib/tools.js';
import { alignRedaction } from '../src/pii/corpus/align.js';
import { generateCorpus } from '../src/pii/corpus/generate.js';

/**
 * The benchmark places each tool's replacements with its tag pattern. If a tool's output format
 * changes (a new version writes `{EMAIL}` instead of `[EMAIL_1234]`), alignment would silently fall
 * back to the less exact diff; these tests fail first.
 */
const { documents } = generateCorpus({ seed: 'bench-tools', documents: 60 });

describe('benchmark tool adapters', () => {
  for (const tool of [grondslagTool(), ...peerTools()]) {
    it(`${tool.name}: every output fits the tag pattern, and no input already contains it`, () => {
      const probe = new RegExp(tool.replacement.source);
      let changed = 0;
      for (const doc of documents) {
        expect(probe.test(doc.text), `${doc.id} input`).toBe(false);
        const output = tool.redact(doc.text);
        if (output !== doc.text) changed++;
        expect(alignRedaction(doc.text, output, tool.replacement).method, doc.id).toBe('tags');
      }
      // Each tool redacts something in most documents; otherwise the adapter calls it wrongly.
      expect(changed).toBeGreaterThan(documents.length / 2);
    });
  }
});
