import { addDays, addMonths, daysBetween, kyivDate, kyivToday } from "../../subgraphs/common/calendar";

/** Calendar days of Kyiv as YYYY-MM-DD; pure functions, no database. */
describe("calendar", () => {
  it.each([
    ["2026-03-31T21:30:00Z", "2026-04-01"], // summer, UTC+3: already the next day in Kyiv
    ["2026-03-31T20:59:00Z", "2026-03-31"],
    ["2026-01-15T22:30:00Z", "2026-01-16"], // winter, UTC+2
    ["2026-01-15T21:59:00Z", "2026-01-15"],
    ["2026-01-15T22:00:00Z", "2026-01-16"],
    ["2025-12-31T22:00:00Z", "2026-01-01"], // year end in Kyiv before UTC
    ["2026-03-28T21:59:00Z", "2026-03-28"], // spring switch day 2026-03-29: starts at UTC+2 ...
    ["2026-03-28T22:00:00Z", "2026-03-29"],
    ["2026-03-29T20:59:00Z", "2026-03-29"], // ... and ends at UTC+3
    ["2026-03-29T21:00:00Z", "2026-03-30"],
    ["2026-10-24T20:59:00Z", "2026-10-24"], // autumn switch day 2026-10-25: starts at UTC+3 ...
    ["2026-10-24T21:00:00Z", "2026-10-25"],
    ["2026-10-25T21:59:00Z", "2026-10-25"], // ... and ends at UTC+2
    ["2026-10-25T22:00:00Z", "2026-10-26"],
  ])("kyivDate(%s) is %s", (instant, expected) => {
    expect(kyivDate(new Date(instant))).toBe(expected);
  });

  it("kyivToday takes the Kyiv day of the given moment", () => {
    expect(kyivToday(new Date("2026-03-31T21:30:00Z"))).toBe("2026-04-01");
    expect(kyivToday()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it.each([
    ["2025-01-31", 1, "2025-02-01"],
    ["2024-02-28", 1, "2024-02-29"],
    ["2023-02-28", 1, "2023-03-01"],
    ["2024-03-01", -1, "2024-02-29"],
    ["2028-02-29", 15, "2028-03-15"],
    ["2025-12-20", 15, "2026-01-04"],
    ["2026-01-04", -15, "2025-12-20"],
    ["2025-12-31", 1, "2026-01-01"],
    ["2026-03-28", 2, "2026-03-30"], // across the spring DST switch
    ["2026-10-24", 2, "2026-10-26"], // across the autumn DST switch
    ["2024-01-01", 366, "2025-01-01"],
    ["2025-06-10", 0, "2025-06-10"],
  ])("addDays(%s, %i) is %s", (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it.each([
    ["2024-01-28", 1, "2024-02-28"],
    ["2024-01-29", 1, "2024-02-29"],
    ["2024-01-30", 1, "2024-02-29"],
    ["2024-01-31", 1, "2024-02-29"],
    ["2023-01-31", 1, "2023-02-28"],
    ["2025-03-31", 1, "2025-04-30"],
    ["2025-08-31", 1, "2025-09-30"],
    ["2025-12-15", 1, "2026-01-15"],
    ["2025-12-31", 1, "2026-01-31"],
    ["2024-02-29", 12, "2025-02-28"],
    ["2025-01-31", 13, "2026-02-28"],
    ["2026-01-15", -1, "2025-12-15"],
    ["2025-03-31", -1, "2025-02-28"],
    ["2025-05-31", 0, "2025-05-31"],
  ])("addMonths(%s, %i) is %s", (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it.each([
    ["2025-12-20", "2026-01-04", 15],
    ["2026-01-04", "2025-12-20", -15],
    ["2024-02-01", "2024-03-01", 29],
    ["2023-02-01", "2023-03-01", 28],
    ["2026-03-28", "2026-03-30", 2],
    ["2026-10-24", "2026-10-26", 2],
    ["2024-01-01", "2025-01-01", 366],
    ["2026-04-01", "2026-04-01", 0],
  ])("daysBetween(%s, %s) is %i", (from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected);
  });

  it.each(["2025-02-30", "2025-13-01", "2025-1-5", "2025-01-05T00:00:00Z", ""])(
    "refuses %j as a calendar day",
    (date) => {
      expect(() => addDays(date, 1)).toThrow(RangeError);
      expect(() => addMonths(date, 1)).toThrow(RangeError);
      expect(() => daysBetween(date, "2025-01-01")).toThrow(RangeError);
    },
  );

  it("refuses fractional steps and invalid instants", () => {
    expect(() => addDays("2025-01-01", 0.5)).toThrow(RangeError);
    expect(() => addMonths("2025-01-01", 1.5)).toThrow(RangeError);
    expect(() => kyivDate(new Date("not a date"))).toThrow(RangeError);
  });
});
