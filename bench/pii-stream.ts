/**
 * Child process of `bench/pii.ts`: streams FILE through `createRedactStream` into a counting sink and
 * prints one JSON line with throughput and peak RSS. A separate process, so the peak belongs to
 * this input size alone.
 */
import { createReadStream, statSync } from 'node:fs';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createRedactStream } from '../src/pii/stream.js';

const file = process.argv[2];
if (!file) throw new Error('usage: pii-stream.ts FILE');
let outputBytes = 0;
const start = process.hrtime.bigint();
await pipeline(
  createReadStream(file),
  createRedactStream({ operator: 'tag' }),
  new Writable({
    write(chunk: Buffer, _encoding, callback) {
      outputBytes += chunk.length;
      callback();
    },
  }),
);
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const inputBytes = statSync(file).size;
process.stdout.write(
  `${JSON.stringify({
    inputMB: inputBytes / 1e6,
    outputMB: outputBytes / 1e6,
    seconds,
    mbPerSecond: inputBytes / 1e6 / seconds,
    // resourceUsage().maxRSS is in kilobytes.
    peakRssMB: (process.resourceUsage().maxRSS * 1024) / 1e6,
  })}\n`,
);
