import { deflateSync } from 'node:zlib';

/**
 * Writes small but well-formed PDFs for tests: numbered objects, streams (Flate-compressed unless
 * told otherwise), a cross-reference table and trailer. Enough to build the kinds of ID copies
 * customers send: a text page, a scanned page (one image), and a page where black boxes were
 * drawn over text that is still in the text layer.
 */
export class PdfWriter {
  readonly #objects: Buffer[] = [];

  /** Adds an object and returns its number. */
  add(body: string | Buffer): number {
    this.#objects.push(Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'));
    return this.#objects.length;
  }

  /** Adds a stream object; `dict` without the Length (and Filter, unless `raw`). */
  stream(dict: string, data: Buffer | string, options: { compress?: boolean } = {}): number {
    const bytes = Buffer.isBuffer(data) ? data : Buffer.from(data, 'latin1');
    const compress = options.compress ?? true;
    const payload = compress ? deflateSync(bytes) : bytes;
    const filter = compress ? ' /Filter /FlateDecode' : '';
    return this.add(
      Buffer.concat([
        Buffer.from(`<< ${dict} /Length ${payload.length}${filter} >>\nstream\n`, 'latin1'),
        payload,
        Buffer.from('\nendstream', 'latin1'),
      ]),
    );
  }

  /** Reserves a number now, for objects that refer to each other (pages and their parent). */
  reserve(): number {
    return this.add('null');
  }

  set(num: number, body: string): void {
    this.#objects[num - 1] = Buffer.from(body, 'latin1');
  }

  build(rootNum: number, trailerExtra = ''): Buffer {
    const chunks: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
    const offsets: number[] = [];
    let length = chunks[0]!.length;
    this.#objects.forEach((body, i) => {
      offsets.push(length);
      const obj = Buffer.concat([
        Buffer.from(`${i + 1} 0 obj\n`, 'latin1'),
        body,
        Buffer.from('\nendobj\n', 'latin1'),
      ]);
      chunks.push(obj);
      length += obj.length;
    });
    const xref = [
      `xref\n0 ${offsets.length + 1}\n0000000000 65535 f \n`,
      ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`),
    ].join('');
    chunks.push(
      Buffer.from(
        `${xref}trailer\n<< /Size ${offsets.length + 1} /Root ${rootNum} 0 R${trailerExtra} >>\nstartxref\n${length}\n%%EOF\n`,
        'latin1',
      ),
    );
    return Buffer.concat(chunks);
  }
}

export interface PageSpec {
  /** Lines of text, drawn top-down in Helvetica. */
  lines?: string[];
  /** Black boxes drawn after the text, over it: [x, y, w, h] in points from the bottom left. */
  boxes?: [number, number, number, number][];
  /** A grey image filling the page, e.g. a scan. */
  image?: { width: number; height: number; grey: Uint8Array };
  /** A JPEG to place on the page as it is (DCTDecode). */
  jpeg?: { width: number; height: number; bytes: Buffer };
}

/** A one-page PDF built from a page spec. */
export function onePagePdf(spec: PageSpec, options: { trailerExtra?: string } = {}): Buffer {
  const w = new PdfWriter();
  const catalog = w.reserve();
  const pagesNum = w.reserve();
  const font = w.add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const xobjects: string[] = [];
  let content = '';
  if (spec.image) {
    const img = w.stream(
      `/Type /XObject /Subtype /Image /Width ${spec.image.width} /Height ${spec.image.height} /ColorSpace /DeviceGray /BitsPerComponent 8`,
      Buffer.from(spec.image.grey),
    );
    xobjects.push(`/Im1 ${img} 0 R`);
    content += `q 595 0 0 ${Math.round((595 * spec.image.height) / spec.image.width)} 0 100 cm /Im1 Do Q\n`;
  }
  if (spec.jpeg) {
    const img = w.add(
      Buffer.concat([
        Buffer.from(
          `<< /Type /XObject /Subtype /Image /Width ${spec.jpeg.width} /Height ${spec.jpeg.height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode /Length ${spec.jpeg.bytes.length} >>\nstream\n`,
          'latin1',
        ),
        spec.jpeg.bytes,
        Buffer.from('\nendstream', 'latin1'),
      ]),
    );
    xobjects.push(`/Im2 ${img} 0 R`);
    content += `q 595 0 0 380 0 100 cm /Im2 Do Q\n`;
  }
  (spec.lines ?? []).forEach((line, i) => {
    const escaped = line.replace(/[\\()]/g, (c) => `\\${c}`);
    content += `BT /F1 14 Tf 60 ${760 - i * 24} Td (${escaped}) Tj ET\n`;
  });
  for (const [x, y, bw, bh] of spec.boxes ?? []) content += `0 g ${x} ${y} ${bw} ${bh} re f\n`;
  const contents = w.stream('', content);
  const page = w.add(
    `<< /Type /Page /Parent ${pagesNum} 0 R /MediaBox [0 0 595 842] /Contents ${contents} 0 R /Resources << /Font << /F1 ${font} 0 R >> /XObject << ${xobjects.join(' ')} >> >> >>`,
  );
  w.set(pagesNum, `<< /Type /Pages /Kids [${page} 0 R] /Count 1 >>`);
  w.set(catalog, `<< /Type /Catalog /Pages ${pagesNum} 0 R >>`);
  return w.build(catalog, options.trailerExtra);
}
