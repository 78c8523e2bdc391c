import { createRequire } from 'node:module';
import { createWorker, OEM, type Worker } from 'tesseract.js';
import { GrondslagError } from '../../errors.js';
import { decodePngToGrey, type GreyImage } from './png.js';

export interface OcrResult {
  text: string;
  /** Mean word confidence, 0–100. */
  confidence: number;
  /** The page as tesseract saw it, in grey, for the photo heuristic. */
  grey: GreyImage;
}

/** Where `@tesseract.js-data/eng` keeps `eng.traineddata.gz`, resolved from node_modules, never a URL. */
function englishLangPath(): string {
  const require = createRequire(import.meta.url);
  return (require('@tesseract.js-data/eng') as { langPath: string }).langPath;
}

/**
 * Tesseract (WebAssembly, in a worker thread) with the English model shipped by npm. Nothing is
 * downloaded and nothing is cached to disk: `langPath` is a local folder and `cacheMethod: 'none'`
 * stops tesseract.js from writing `eng.traineddata` into the working directory. One engine can
 * read many images; `close()` ends the worker.
 *
 * @example
 *   const ocr = new OcrEngine();
 *   try { (await ocr.read(pngBytes)).text; } finally { await ocr.close(); }
 */
export class OcrEngine {
  #worker: Promise<Worker> | undefined;
  #failure: unknown;

  #start(): Promise<Worker> {
    this.#worker ??= createWorker('eng', OEM.LSTM_ONLY, {
      langPath: englishLangPath(),
      cacheMethod: 'none',
      gzip: true,
      // Errors inside the worker (an image leptonica cannot decode) arrive here instead of
      // crashing the process; read() turns them into a typed error.
      errorHandler: (e: unknown) => {
        this.#failure = e;
      },
    });
    return this.#worker;
  }

  /** OCR of one PNG or JPEG image. */
  async read(image: Buffer): Promise<OcrResult> {
    const worker = await this.#start();
    this.#failure = undefined;
    let result: Awaited<ReturnType<Worker['recognize']>>;
    let failure: unknown;
    try {
      result = await worker.recognize(
        image,
        {},
        { text: true, imageGrey: true, blocks: false, hocr: false, tsv: false },
      );
      failure = this.#failure;
    } catch (e) {
      failure = e;
    }
    if (failure !== undefined || !result!) {
      // The WebAssembly module may be left in an aborted state: start a fresh worker next time.
      await this.close().catch(() => undefined);
      throw new GrondslagError('IDCOPY_UNREADABLE', 'the image could not be decoded for OCR', {
        cause: failure,
      });
    }
    const png = Buffer.from((result.data.imageGrey ?? '').replace(/^data:image\/png;base64,/, ''), 'base64');
    return {
      text: result.data.text ?? '',
      confidence: result.data.confidence ?? 0,
      grey: decodePngToGrey(png),
    };
  }

  async close(): Promise<void> {
    const worker = this.#worker;
    this.#worker = undefined;
    if (worker) await (await worker).terminate();
  }
}
