import { daysBetween, kyivDate } from "../../../subgraphs/common/calendar";
import { MAX_TERM_DAYS, appealDueDate, latestDueDate } from "../../../subgraphs/appeals/services/due-date";

/** Art. 20 of the Law "On Citizens' Appeals": calendar days from the Kyiv day of receipt; no database. */
describe("appeal due date", () => {
  it.each([
    // 30 days means one calendar month, clamped to the month's last day
    ["2024-01-29T10:00:00Z", 30, "2024-02-29"],
    ["2024-01-30T10:00:00Z", 30, "2024-02-29"],
    ["2024-01-31T10:00:00Z", 30, "2024-02-29"],
    ["2023-01-31T10:00:00Z", 30, "2023-02-28"],
    ["2025-03-31T10:00:00Z", 30, "2025-04-30"],
    ["2025-08-31T10:00:00Z", 30, "2025-09-30"],
    ["2025-12-15T10:00:00Z", 30, "2026-01-15"],
    ["2025-12-31T10:00:00Z", 30, "2026-01-31"],
    // 15 days are 15 calendar days
    ["2025-01-31T10:00:00Z", 15, "2025-02-15"],
    ["2028-02-29T10:00:00Z", 15, "2028-03-15"],
    ["2025-12-20T10:00:00Z", 15, "2026-01-04"],
    ["2026-01-02T10:00:00Z", 15, "2026-01-17"], // a Saturday: no shift for weekends
    // the day of receipt is the Kyiv day, not the UTC day
    ["2026-03-31T21:30:00Z", 15, "2026-04-16"], // 2026-04-01 00:30 in Kyiv (UTC+3)
    ["2026-03-31T21:30:00Z", 30, "2026-05-01"],
    ["2026-01-15T22:30:00Z", 15, "2026-01-31"], // 2026-01-16 00:30 in Kyiv (UTC+2)
    ["2026-01-15T22:30:00Z", 30, "2026-02-16"],
    ["2026-01-15T21:59:00Z", 15, "2026-01-30"], // still 2026-01-15 23:59 in Kyiv
    ["2026-01-15T21:59:00Z", 30, "2026-02-15"],
    // DST switch days
    ["2026-03-28T22:30:00Z", 15, "2026-04-13"], // 2026-03-29 00:30 in Kyiv, before the switch
    ["2026-03-29T20:30:00Z", 30, "2026-04-29"], // 2026-03-29 23:30 in Kyiv, after the switch
    ["2026-10-24T21:30:00Z", 30, "2026-11-25"], // 2026-10-25 00:30 in Kyiv, before the switch
    ["2026-10-25T21:30:00Z", 15, "2026-11-09"], // 2026-10-25 23:30 in Kyiv, after the switch
  ] as const)("received %s with a %i-day term is due %s", (receivedAt, termDays, expected) => {
    expect(appealDueDate(new Date(receivedAt), termDays)).toBe(expected);
  });

  it("caps any extended term at 45 days", () => {
    expect(MAX_TERM_DAYS).toBe(45);
  });

  it.each([
    ["2026-01-15T10:00:00Z", "2026-03-01"],
    ["2024-01-15T10:00:00Z", "2024-02-29"], // leap year
    ["2025-12-20T10:00:00Z", "2026-02-03"], // across the year end
    ["2026-03-31T21:30:00Z", "2026-05-16"], // Kyiv day 2026-04-01
    ["2026-01-15T21:59:00Z", "2026-03-01"], // Kyiv day still 2026-01-15
    ["2026-10-25T21:30:00Z", "2026-12-09"], // DST switch day
  ])("received %s may be extended to %s at the latest", (receivedAt, expected) => {
    expect(latestDueDate(new Date(receivedAt))).toBe(expected);
  });

  it.each(["2024-01-31T10:00:00Z", "2025-12-31T10:00:00Z", "2026-03-31T21:30:00Z", "2026-07-31T20:59:00Z"])(
    "an appeal received %s is never due after its latest due date",
    (receivedAt) => {
      const instant = new Date(receivedAt);
      const received = kyivDate(instant);
      expect(daysBetween(received, latestDueDate(instant))).toBe(MAX_TERM_DAYS);
      expect(appealDueDate(instant, 15) < appealDueDate(instant, 30)).toBe(true);
      expect(appealDueDate(instant, 30) <= latestDueDate(instant)).toBe(true);
    },
  );
});
