import { addDays, daysBetween } from "../../common/calendar";

/**
 * Working days for resolution deadlines in document flow: a deadline that falls on a non-working
 * day moves to the preceding working day (Ukrainian office-work rules).
 *
 * A working day is Monday to Friday and not a holiday of art. 73 of the Labour Code (КЗпП). The
 * table follows the text of art. 73 in force on each date, so older years come out as they were:
 * each amendment counts from the day it came into force, not from 1 January of its year. Hence
 * 2023 is mixed: 7 January, 9 May and 28 July were still holidays then, 1 October already was.
 *
 * Not modelled: art. 67 part 3 (a holiday on a weekend gives the next working day off) and the
 * Cabinet's recommended transfers of working days; a deadline needs neither.
 *
 * Martial law (from 24 February 2022): Law No. 2136-IX of 15.03.2022 "On the organisation of labour
 * relations under martial law" suspends art. 73, so its holidays are not days off while martial law
 * lasts. The table still follows the Labour Code, because the rule for deadlines asks for holidays.
 *
 * Days are `YYYY-MM-DD` strings of the Kyiv calendar (see common/calendar: turn an instant into one
 * with kyivDate). Supported years: 2015 onwards; earlier years throw a RangeError.
 */

/** The first year the table is right for: Defenders' Day (14 October) became a holiday in March 2015. */
const FIRST_YEAR = 2015;

/** A holiday on a fixed day, a holiday in the years firstYear..lastYear (inclusive) only. */
interface FixedHoliday {
  month: number;
  day: number;
  name: string;
  firstYear?: number;
  lastYear?: number;
}

/** Art. 73 part 1 of the Labour Code, by the law that put each date in or took it out. */
const FIXED_HOLIDAYS: readonly FixedHoliday[] = [
  // KZpP art. 73, original list.
  { month: 1, day: 1, name: "New Year" },
  // Orthodox Christmas; removed by Law No. 3258-IX of 14.07.2023 (in force 30.07.2023), so the last was 7 January 2023.
  { month: 1, day: 7, name: "Christmas (Julian)", lastYear: 2023 },
  // KZpP art. 73, original list.
  { month: 3, day: 8, name: "International Women's Day" },
  // "1 and 2 May"; Law No. 2211-VIII of 16.11.2017 left 1 May (Labour Day) alone, so 2 May 2017 was the last.
  { month: 5, day: 1, name: "Labour Day" },
  { month: 5, day: 2, name: "Day of International Solidarity of Workers", lastYear: 2017 },
  // Law No. 3107-IX of 29.05.2023 (in force 15.06.2023) replaced 9 May with 8 May: 9 May 2023 was still a holiday.
  { month: 5, day: 8, name: "Day of Remembrance and Victory over Nazism", firstYear: 2024 },
  { month: 5, day: 9, name: "Victory Day", lastYear: 2023 },
  // KZpP art. 73 (Constitution of Ukraine adopted 28.06.1996).
  { month: 6, day: 28, name: "Constitution Day" },
  // Law No. 2295-IX of 31.05.2022 (in force 09.06.2022) added 28 July; Law No. 3258-IX moved it to 15 July from 30.07.2023.
  { month: 7, day: 28, name: "Ukrainian Statehood Day", firstYear: 2022, lastYear: 2023 },
  { month: 7, day: 15, name: "Ukrainian Statehood Day", firstYear: 2024 },
  // KZpP art. 73.
  { month: 8, day: 24, name: "Independence Day" },
  // Law No. 238-VIII of 05.03.2015 added 14 October; Law No. 3258-IX moved it to 1 October (in force 30.07.2023).
  { month: 10, day: 14, name: "Defenders' Day", firstYear: FIRST_YEAR, lastYear: 2022 },
  { month: 10, day: 1, name: "Defenders' Day", firstYear: 2023 },
  // Law No. 2211-VIII of 16.11.2017 added 25 December (Gregorian Christmas); the only Christmas after Law No. 3258-IX.
  { month: 12, day: 25, name: "Christmas", firstYear: 2017 },
];

/**
 * Orthodox Easter Sunday of a year on the Gregorian calendar: the Julian computus (Meeus), then the
 * Julian date shifted by the calendars' difference (13 days in 1900-2099). 2024 → 2024-05-05.
 */
export function orthodoxEaster(year: number): string {
  checkYear(year);
  const a = year % 4;
  const b = year % 7;
  const c = year % 19;
  const d = (19 * c + 15) % 30;
  const e = (2 * a + 4 * b - d + 34) % 7;
  const month = Math.floor((d + e + 114) / 31);
  const day = ((d + e + 114) % 31) + 1;
  // Julian Easter falls on 22 March..25 April, after any leap day, so the difference is that of March on.
  const julianToGregorian = Math.floor(year / 100) - Math.floor(year / 400) - 2;
  return addDays(`${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`, julianToGregorian);
}

/**
 * The holidays of art. 73 in a year, sorted, as `YYYY-MM-DD`: the fixed days in force on their date,
 * Easter and Trinity (Easter + 49 days, both Sundays, by the Orthodox computus).
 */
export function ukrainianHolidays(year: number): string[] {
  checkYear(year);
  const fixed = FIXED_HOLIDAYS.filter(
    (h) => year >= (h.firstYear ?? FIRST_YEAR) && year <= (h.lastYear ?? Infinity),
  ).map((h) => `${year}-${String(h.month).padStart(2, "0")}-${String(h.day).padStart(2, "0")}`);
  const easter = orthodoxEaster(year);
  return [...fixed, easter, addDays(easter, 49)].sort();
}

/** Holidays by year, computed once: a year's table never changes. */
const holidaysByYear = new Map<number, ReadonlySet<string>>();

function holidaySet(year: number): ReadonlySet<string> {
  let set = holidaysByYear.get(year);
  if (!set) {
    set = new Set(ukrainianHolidays(year));
    holidaysByYear.set(year, set);
  }
  return set;
}

/** A Monday to count weekdays from; any Monday would do. */
const A_MONDAY = "2024-01-01";

/** True for Monday to Friday that is not a holiday of art. 73; throws on a malformed day or a year before 2015. */
export function isWorkingDay(date: string): boolean {
  const weekday = (((daysBetween(A_MONDAY, date) % 7) + 7) % 7) + 1; // 1 = Monday … 7 = Sunday; validates `date`
  const holidays = holidaySet(Number(date.slice(0, 4))); // before the weekend check, so 2014 throws on any day
  return weekday <= 5 && !holidays.has(date);
}

/**
 * The day a deadline on `date` actually falls on: `date` itself when it is a working day, else the
 * nearest earlier working day (Saturday 2026-08-22 → Friday 2026-08-21; Monday holiday 2026-08-24 → 2026-08-21).
 */
export function previousWorkingDay(date: string): string {
  let day = date;
  while (!isWorkingDay(day)) day = addDays(day, -1);
  return day;
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > 9999) {
    throw new RangeError(`Expected a year from ${FIRST_YEAR} to 9999, got ${year}`);
  }
}
