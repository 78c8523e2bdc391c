import type { PiiType } from '../../policy/schema.js';
import type { BlindDecoyKind } from './blind/decoy-kinds.js';
import type { Blind2DecoyKind } from './blind2/decoy-kinds.js';
import type { Blind3DecoyKind } from './blind3/decoy-kinds.js';
import type { HeldoutDecoyKind } from './heldout/decoy-kinds.js';
import type { Language } from './values/dates.js';
import type { DecoyKind } from './values/decoys.js';

/**
 * Look-alike kinds of all corpora: the held-out and the blind corpora add kinds the default one
 * never plants.
 */
export type AnyDecoyKind = DecoyKind | HeldoutDecoyKind | BlindDecoyKind | Blind2DecoyKind | Blind3DecoyKind;

/** A planted item of personal data: `text.slice(start, end)` is the value. */
export interface GroundTruthSpan {
  type: PiiType;
  start: number;
  end: number;
}

/** A planted look-alike that is not personal data. */
export interface DecoySpan {
  kind: AnyDecoyKind;
  start: number;
  end: number;
}

export const documentKinds = ['ticket', 'email', 'log', 'csv'] as const;
export type DocumentKind = (typeof documentKinds)[number];

export interface CorpusDocument {
  id: string;
  kind: DocumentKind;
  lang: Language;
  text: string;
  /** Every item of personal data in `text`, in order of `start`. */
  spans: GroundTruthSpan[];
  decoys: DecoySpan[];
}

/** A value to plant, made by {@link pii} or {@link decoy} and placed by {@link DocumentBuilder.add}. */
export type Planted = { pii: PiiType; value: string } | { decoy: AnyDecoyKind; value: string };

/** Marks `value` as personal data of `type`. */
export function pii(type: PiiType, value: string): Planted {
  return { pii: type, value };
}

/** Marks `value` as a look-alike of `kind`. */
export function decoy(kind: AnyDecoyKind, value: string): Planted {
  return { decoy: kind, value };
}

/**
 * Builds a document's text while recording where every planted value lands, so the ground truth
 * can never drift from the text. Templates write `b.add\`Beste ${pii('person_name', 'Jan')},\``.
 *
 * @example
 *   const b = new DocumentBuilder();
 *   b.add`Mail ${pii('email', 'jan@example.nl')} today.`;
 *   b.build('x', 'email', 'en').spans; // [{ type: 'email', start: 5, end: 19 }]
 */
export class DocumentBuilder {
  #text = '';
  #spans: GroundTruthSpan[] = [];
  #decoys: DecoySpan[] = [];

  /** Tagged template: interpolated strings are plain text, {@link Planted} values are recorded. */
  add(strings: TemplateStringsArray, ...values: (string | number | Planted)[]): this {
    for (let i = 0; i < strings.length; i++) {
      this.#text += strings[i];
      if (i < values.length) this.put(values[i]!);
    }
    return this;
  }

  /** Appends plain text or one planted value. */
  put(value: string | number | Planted): this {
    if (typeof value !== 'object') {
      this.#text += String(value);
      return this;
    }
    const start = this.#text.length;
    this.#text += value.value;
    const end = this.#text.length;
    if ('pii' in value) this.#spans.push({ type: value.pii, start, end });
    else this.#decoys.push({ kind: value.decoy, start, end });
    return this;
  }

  get length(): number {
    return this.#text.length;
  }

  build(id: string, kind: DocumentKind, lang: Language): CorpusDocument {
    return { id, kind, lang, text: this.#text, spans: this.#spans, decoys: this.#decoys };
  }
}
