/**
 * Server messages of the projects module: the working calendar's import (a line it cannot
 * read, overlapping hours) and the project's time zone. `en: typeof zh` makes a key missing
 * from (or added to) one language a type error.
 */
const zh = {
  'calendar.bad_line': '第 {line} 行无法识别：{text}',
  'calendar.duplicate_day': '第 {line} 行日期重复：{day}',
  'calendar.year_mismatch': '第 {line} 行不属于 {year} 年',
  'calendar.bad_hours': '工作时间段须按时间先后排列且不重叠',
  'timezone.invalid': '无效的时区',
};

const en: typeof zh = {
  'calendar.bad_line': 'Line {line} is not understood: {text}',
  'calendar.duplicate_day': 'Line {line} repeats a date: {day}',
  'calendar.year_mismatch': 'Line {line} is not in {year}',
  'calendar.bad_hours': 'Working-hour periods must be in order and must not overlap',
  'timezone.invalid': 'Unknown time zone',
};

/** Registered through the manifest; keys are unique across the platform and the modules. */
export const messages = { zh, en };
