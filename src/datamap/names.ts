/**
 * The hint after a name that is not known: `(did you mean "customers"?)` when one known name is close
 * to it, else the list of known names (so the author sees what is allowed without opening another file).
 *
 * @example
 *   nameHint('custmers', ['customers', 'contacts']); // ' (did you mean "customers"?)'
 */
export function nameHint(name: string, known: Iterable<string>): string {
  const names = [...known];
  if (names.length === 0) return ' (there are none)';
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const k of names) {
    const d = distance(name.toLowerCase(), k.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = k;
    }
  }
  if (best !== undefined && bestDistance <= Math.max(2, Math.floor(name.length / 3))) {
    return ` (did you mean "${best}"?)`;
  }
  const shown = names.slice(0, 12).join(', ');
  return ` (known: ${shown}${names.length > 12 ? `, and ${names.length - 12} more` : ''})`;
}

/** Levenshtein distance, one row at a time. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}
