// resolve.ts: overlapping findings settled by score, then length, then start, then detector order.
#include <algorithm>

#include "engine.h"

namespace gs {

static void resolveCluster(std::vector<Finding>& cluster, std::vector<Finding>& out) {
  // Array.prototype.sort is stable: stable_sort with the same comparison keeps the same ties.
  std::stable_sort(cluster.begin(), cluster.end(), [](const Finding& a, const Finding& b) {
    double byScore = b.score - a.score;
    if (byScore != 0) return byScore < 0;
    return (b.end - b.start) - (a.end - a.start) < 0;
  });
  thread_local std::vector<Finding> accepted;
  accepted.clear();
  for (const Finding& f : cluster) {
    bool free = true;
    for (const Finding& a : accepted)
      if (!(a.end <= f.start || a.start >= f.end)) {
        free = false;
        break;
      }
    if (free) accepted.push_back(f);
  }
  std::stable_sort(accepted.begin(), accepted.end(),
                   [](const Finding& a, const Finding& b) { return a.start < b.start; });
  for (const Finding& f : accepted) out.push_back(f);
}

void resolveOverlaps(std::vector<Finding>& findings) {
  size_t n = findings.size();
  if (n <= 1) return;
  for (size_t i = 1; i < n; i++) {
    if (findings[i].start < findings[i - 1].start) {
      std::stable_sort(findings.begin(), findings.end(),
                       [](const Finding& a, const Finding& b) { return a.start < b.start; });
      break;
    }
  }
  thread_local std::vector<Finding> out;
  thread_local std::vector<Finding> cluster;
  out.clear();
  size_t i = 0;
  while (i < n) {
    size_t j = i + 1;
    int clusterEnd = findings[i].end;
    while (j < n && findings[j].start < clusterEnd) {
      if (findings[j].end > clusterEnd) clusterEnd = findings[j].end;
      j++;
    }
    if (j == i + 1) out.push_back(findings[i]);
    else {
      cluster.assign(findings.begin() + (long)i, findings.begin() + (long)j);
      resolveCluster(cluster, out);
    }
    i = j;
  }
  findings.swap(out);
}

}  // namespace gs
