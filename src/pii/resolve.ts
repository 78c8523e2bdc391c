import type { PiiFinding } from './finding.js';

/**
 * Settles overlapping findings from different detectors: the higher score wins, then the longer
 * span, then the one starting first, then the earlier detector (the input order). The result is sorted by start and has no
 * overlaps, so a redactor can replace spans left to right.
 *
 * Findings are grouped into clusters of mutually overlapping spans first, and the ranking runs
 * within each cluster, so a text with tens of thousands of findings resolves in O(n log n).
 *
 * @example
 *   resolveOverlaps([{ …'phone', start: 0, end: 10, score: 0.8 }, { …'bsn', start: 1, end: 10, score: 0.3 }]);
 *   // → only the phone finding
 */
export function resolveOverlaps(findings: PiiFinding[]): PiiFinding[] {
  const n = findings.length;
  if (n <= 1) return findings;
  // Detectors' lists arrive merged by start (scanText); sort only when that is not so.
  let sorted = findings;
  for (let i = 1; i < n; i++) {
    if (findings[i]!.start < findings[i - 1]!.start) {
      sorted = findings.slice().sort((a, b) => a.start - b.start);
      break;
    }
  }
  const out: PiiFinding[] = [];
  let i = 0;
  while (i < n) {
    let j = i + 1;
    let clusterEnd = sorted[i]!.end;
    while (j < n && sorted[j]!.start < clusterEnd) {
      if (sorted[j]!.end > clusterEnd) clusterEnd = sorted[j]!.end;
      j++;
    }
    if (j === i + 1) out.push(sorted[i]!);
    else resolveCluster(sorted.slice(i, j), out);
    i = j;
  }
  return out;
}

/**
 * Ranks one cluster of overlapping findings. The sort is stable and the cluster is in start order
 * (detector order for equal starts), so the last tie goes to the earlier start, then detector.
 */
function resolveCluster(cluster: PiiFinding[], out: PiiFinding[]): void {
  cluster.sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start));
  const accepted: PiiFinding[] = [];
  for (const f of cluster) {
    if (accepted.every((a) => a.end <= f.start || a.start >= f.end)) accepted.push(f);
  }
  accepted.sort((a, b) => a.start - b.start);
  for (const f of accepted) out.push(f);
}
