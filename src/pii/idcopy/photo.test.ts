import { describe, expect, it } from 'vitest';
import { Canvas } from '../../../test/helpers/id-specimen.js';
import { detectPhoto } from './photo.js';

describe('detectPhoto', () => {
  it('finds a portrait and reports where it is', () => {
    const c = new Canvas(1000, 640);
    c.text(40, 30, 'KONINKRIJK DER NEDERLANDEN', 28);
    c.photo(40, 120, 260, 330);
    const region = detectPhoto(c);
    expect(region).toBeDefined();
    expect(region!.x).toBeLessThan(60);
    expect(region!.x + region!.width).toBeGreaterThan(280);
    expect(region!.y).toBeLessThan(140);
  });

  it('finds nothing where the portrait is blacked out, whited out or absent', () => {
    const blacked = new Canvas(1000, 640);
    blacked.photo(40, 120, 260, 330);
    blacked.rect(30, 110, 280, 350, 0);
    const text = new Canvas(1000, 640);
    for (let i = 0; i < 12; i++) text.text(40, 30 + i * 48, 'DOCUMENTNUMMER SPECI2014 999999990', 30);
    expect(detectPhoto(blacked)).toBeUndefined();
    expect(detectPhoto(text)).toBeUndefined();
    expect(detectPhoto(new Canvas(1000, 640))).toBeUndefined();
  });

  it('does not take a flat grey tint for a photo', () => {
    const tinted = new Canvas(1000, 640);
    tinted.rect(40, 120, 260, 330, 150);
    expect(detectPhoto(tinted)).toBeUndefined();
  });
});
