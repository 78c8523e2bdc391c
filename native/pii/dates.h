// Calendar dates as people write them (src/pii/dates.ts): monthNumber and readDate, shared by the
// detectors that read dates.
#pragma once

namespace gs {

enum DateForm : int { DATE_DMY, DATE_MDY, DATE_YMD, DATE_D_NAME_Y, DATE_NAME_D_Y };

struct WrittenDate {
  int start;
  int end;
  int day;
  int month;
  int year;
  DateForm form;
};

/** The month number (1–12) of s[from, to) as a Dutch or English month name or abbreviation
 * (compared after toLowerCase), or 0. */
int monthNumber(const char16_t* s, int from, int to);

/** readDate: a date starting exactly at `start` of s[0, n); false when none. */
bool readDate(const char16_t* s, int n, int start, WrittenDate& out);

/** new Date().getFullYear(): the current year in local time. */
int currentYear();

}  // namespace gs
