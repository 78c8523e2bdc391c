// src/pii/detectors/date-of-birth.ts: dates after a birth cue, or in a birth-date column.
#include <algorithm>
#include <ctime>

#include "../dates.h"
#include "../engine.h"

namespace gs {

namespace {

constexpr int DETECTOR = 10;
/** How far after its cue a birth date may start. */
constexpr int CUE_REACH = 40;
/** QUESTION_TAIL, SPEAKER_REACH and ANSWER_REACH of date-of-birth.ts. */
constexpr int QUESTION_TAIL = 20;
constexpr int SPEAKER_REACH = 48;
constexpr int ANSWER_REACH = 12;

/** answerAfterQuestion of date-of-birth.ts: where the answer to a birth question starts, or -1. */
int answerAfterQuestion(const ScanContext& ctx, int cueEnd) {
  const char16_t* s = ctx.s;
  const int n = ctx.n;
  int nl = cueEnd;
  while (nl < n && nl - cueEnd <= QUESTION_TAIL && s[nl] != NEWLINE) nl++;
  if (ctx.at(nl) != NEWLINE) return -1;
  int q = nl - 1;
  while (q >= cueEnd && (s[q] == SPACE || s[q] == 13)) q--;
  if (q < cueEnd || s[q] != 63) return -1;
  int lineStart = nl + 1;
  for (int k = lineStart; k < n && k - lineStart <= SPEAKER_REACH; k++) {
    int c = s[k];
    if (c == NEWLINE) return -1;
    if (c == 58 && ctx.at(k + 1) == SPACE) {
      int answer = k + 2;
      while (ctx.at(answer) == SPACE) answer++;
      return answer;
    }
  }
  return -1;
}

/** Where a date could start at digit run [s, e): at the run, or at a month name just before it. */
int dateStart(const ScanContext& ctx, int s, int e) {
  int len = e - s;
  int next = ctx.at(e);
  if (len <= 2) {
    if (ctx.at(s - 1) == SPACE && isLetter(ctx.at(s - 2))) {
      int w = s - 2;
      while (w > 0 && isLetter(ctx.s[w - 1])) w--;
      // The word holds letters only, so it never ends in a dot.
      if (s - 1 - w >= 3 && monthNumber(ctx.s, w, s - 1) != 0) return w;
    }
    if (next == DASH || next == SLASH || next == DOT) return isDigit(ctx.at(e + 1)) ? s : -1;
    if (next == SPACE || isLetter(next)) return s;
    return -1;
  }
  if (len == 4 && (next == DASH || next == SLASH || next == DOT)) return s;
  return -1;
}

int tryRun(ScanContext& ctx, const std::vector<int>& runs, int r, bool cued, int lastEnd, int year) {
  int s = runs[r];
  if (s < lastEnd || isDigit(ctx.at(s - 1))) return -1;
  int start = dateStart(ctx, s, runs[r + 1]);
  if (start < 0 || start < lastEnd || isLetter(ctx.at(start - 1))) return -1;
  // The date is read before the column is asked about: both are pure, and reading is the cheaper
  // one that fails more often.
  WrittenDate date;
  if (!readDate(ctx.s, ctx.n, start, date) || date.year > year) return -1;
  if (!cued && !ctx.columnHasContext(DATE_OF_BIRTH, start)) return -1;
  return date.end;
}

int firstRunFrom(const std::vector<int>& runs, int pos) {
  int lo = 0;
  int hi = (int)runs.size() / 2;
  while (lo < hi) {
    int mid = (lo + hi) >> 1;
    if (runs[mid * 2] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo * 2 < (int)runs.size() ? lo * 2 : -1;
}

}  // namespace

void find_date_of_birth(ScanContext& ctx, std::vector<Finding>& out) {
  const std::vector<int>& runs = ctx.digitRuns();
  size_t first = out.size();
  int lastEnd = 0;
  int year = 0;
  auto take = [&](int r, int end) {
    int start = end < 0 ? -1 : dateStart(ctx, runs[r], runs[r + 1]);
    if (start < 0) return;
    out.push_back({DATE_OF_BIRTH, start, end, 0.9, DETECTOR});
    lastEnd = end;
  };
  // Without a number neither way finds a date: the table is not looked at.
  if (runs.empty()) return;
  if (ctx.tableHasContext(DATE_OF_BIRTH)) {
    year = currentYear();
    for (int r = 0; r < (int)runs.size(); r += 2) take(r, tryRun(ctx, runs, r, false, lastEnd, year));
  } else {
    std::vector<int> cues = ctx.cueEnds(DATE_OF_BIRTH);
    if (!cues.empty()) year = currentYear();
    for (int cueEnd : cues) {
      // A question ending its line is answered on the next, after the speaker.
      int answer = answerAfterQuestion(ctx, cueEnd);
      if (answer >= 0) {
        int a = firstRunFrom(runs, answer);
        if (a >= 0 && runs[a] - answer <= ANSWER_REACH && dateStart(ctx, runs[a], runs[a + 1]) == answer)
          take(a, tryRun(ctx, runs, a, true, lastEnd, year));
        continue;
      }
      int r = firstRunFrom(runs, cueEnd);
      if (r >= 0 && runs[r] - cueEnd <= CUE_REACH) take(r, tryRun(ctx, runs, r, true, lastEnd, year));
    }
  }
  // The birth-date column of a SQL dump, whose name stands far from its values.
  thread_local std::vector<Finding> cells;
  cells.clear();
  sqlBirthDates(ctx, DETECTOR, cells);
  for (const Finding& c : cells) {
    bool seen = false;
    for (size_t i = first; i < out.size() && !seen; i++) seen = out[i].start == c.start;
    if (!seen) out.push_back({DATE_OF_BIRTH, c.start, c.end, 0.9, DETECTOR});
  }
  if (out.size() - first > 1)
    std::stable_sort(out.begin() + first, out.end(),
                     [](const Finding& a, const Finding& b) { return a.start < b.start; });
}

}  // namespace gs
