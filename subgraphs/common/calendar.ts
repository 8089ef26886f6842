/**
 * Calendar-day helpers on `YYYY-MM-DD` strings, the calendar of Kyiv.
 *
 * A day string names a calendar day, not an instant: arithmetic runs on its parts through Date.UTC,
 * so neither the server's local time zone nor a DST switch can move a day by one.
 */

const DAY_MS = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The tz database's name of Kyiv time, for Intl and for PostgreSQL's AT TIME ZONE alike. */
export const KYIV_TIME_ZONE = "Europe/Kyiv";

const kyivFormat = new Intl.DateTimeFormat("en-US", {
  timeZone: KYIV_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** Splits a valid `YYYY-MM-DD` into year, month (1-12) and day; throws on anything else, e.g. 2025-02-30. */
function parse(date: string): [year: number, month: number, day: number] {
  const match = DATE_PATTERN.exec(date);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) return [year, month, day];
  }
  throw new RangeError(`Expected a calendar day as YYYY-MM-DD, got "${date}"`);
}

/** Days in a month (1-12): day 0 of the next month is the last day of this one. */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function format(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The UTC midnight of a day: the one instant a day string stands for in arithmetic. */
function utcMidnight(date: string): number {
  const [year, month, day] = parse(date);
  return Date.UTC(year, month - 1, day);
}

function fromUtc(ms: number): string {
  const d = new Date(ms);
  return format(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/**
 * The calendar day in Kyiv at an instant. Uses the tz database (UTC+2 in winter, UTC+3 in summer)
 * rather than a fixed offset, so instants near midnight land on the day a Kyiv clock shows.
 */
export function kyivDate(instant: Date): string {
  if (Number.isNaN(instant.getTime())) throw new RangeError("Expected a valid Date, got Invalid Date");
  const parts = Object.fromEntries(kyivFormat.formatToParts(instant).map((part) => [part.type, part.value]));
  return format(Number(parts.year), Number(parts.month), Number(parts.day));
}

const offsetFormat = new Intl.DateTimeFormat("en-US", { timeZone: KYIV_TIME_ZONE, timeZoneName: "longOffset" });

/** Kyiv's offset from UTC at an instant, in ms (+2 h in winter, +3 h in summer). */
function kyivOffsetMs(instant: number): number {
  const name = offsetFormat.formatToParts(new Date(instant)).find((p) => p.type === "timeZoneName")?.value ?? "";
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return match ? (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) * 60_000 : 0;
}

/**
 * The instant a Kyiv calendar day begins (00:00 on a Kyiv clock), by the tz database: the offset is
 * taken at the candidate instant itself, so the days DST starts and ends begin at the right hour.
 */
export function kyivDayStart(date: string): Date {
  const midnight = utcMidnight(date);
  return new Date(midnight - kyivOffsetMs(midnight - kyivOffsetMs(midnight)));
}

/** The year a Kyiv calendar shows at an instant (now by default): registration journals count by it. */
export function kyivYear(instant: Date = new Date()): number {
  return Number(kyivDate(instant).slice(0, 4));
}

/**
 * The same day in SQL: the Kyiv calendar day of a `timestamptz` expression (a column or `now()`)
 * as a `date`, for statements that compare or group by days in the database.
 */
export function kyivDateSql(instant: string): string {
  return `(${instant} AT TIME ZONE '${KYIV_TIME_ZONE}')::date`;
}

/** Today in Kyiv; `now` is injectable for tests. */
export function kyivToday(now: Date = new Date()): string {
  return kyivDate(now);
}

/** The day `days` calendar days after `date` (before it when negative), across month and year ends. */
export function addDays(date: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`Expected a whole number of days, got ${days}`);
  return fromUtc(utcMidnight(date) + days * DAY_MS);
}

/**
 * The same day number `months` calendar months later (earlier when negative), clamped to the last day
 * of the target month: 2024-01-31 + 1 month = 2024-02-29, 2023-01-31 + 1 month = 2023-02-28.
 */
export function addMonths(date: string, months: number): string {
  if (!Number.isInteger(months)) throw new RangeError(`Expected a whole number of months, got ${months}`);
  const [year, month, day] = parse(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  return format(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/** Calendar days from `from` to `to` (to − from): negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);
}
