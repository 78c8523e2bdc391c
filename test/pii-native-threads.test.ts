import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../src/pii/corpus/generate.js';
import type { PiiFinding } from '../src/pii/finding.js';
import { loadNativeAddon } from '../src/pii/native/engine.js';
import { scanTextInJs } from '../src/pii/scan.js';

/**
 * The native scanner keeps its buffers and configuration per thread: worker threads that scan at
 * the same time as each other get the same findings as the JavaScript engine. Uses the built
 * package (npm test builds it first), as a library user's workers would.
 */
const built = loadNativeAddon() !== null;
const required = process.env.GRONDSLAG_REQUIRE_SERVICES === '1';
if (!built && required)
  throw new Error('the native PII scanner is required but not built: run npm run build:native');

function scanInWorker(texts: string[], rounds: number): Promise<{ engine: string; results: PiiFinding[][] }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./fixtures/pii-scan-worker.mjs', import.meta.url), {
      workerData: { texts, rounds },
    });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

describe.skipIf(!built)('native PII scanner in worker threads', () => {
  it('three workers scanning at once find what the JavaScript engine finds', async () => {
    const texts = generateCorpus({ seed: 'threads', documents: 60 }).documents.map((d) => d.text);
    const expected = texts.map((t) => scanTextInJs(t, {}));
    const runs = await Promise.all([scanInWorker(texts, 2), scanInWorker(texts, 2), scanInWorker(texts, 2)]);
    expect(expected.flat().length).toBeGreaterThan(100);
    for (const run of runs) {
      expect(run.engine).toBe('native');
      expect(run.results).toEqual([...expected, ...expected]);
    }
  });
});
