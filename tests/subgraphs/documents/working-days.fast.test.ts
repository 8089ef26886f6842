import {
  isWorkingDay,
  orthodoxEaster,
  previousWorkingDay,
  ukrainianHolidays,
} from "../../../subgraphs/documents/services/working-days";

/** Resolution deadlines: holidays of Labour Code art. 73 in force on the day, weekends; no database. */
describe("Orthodox Easter and Trinity", () => {
  it.each([
    [2021, "2021-05-02"],
    [2022, "2022-04-24"],
    [2023, "2023-04-16"],
    [2024, "2024-05-05"],
    [2025, "2025-04-20"],
    [2026, "2026-04-12"],
    [2027, "2027-05-02"],
  ] as const)("Easter %i is %s", (year, expected) => {
    expect(orthodoxEaster(year)).toBe(expected);
    expect(ukrainianHolidays(year)).toContain(expected);
  });

  it.each([
    [2024, "2024-06-23"],
    [2026, "2026-05-31"],
  ] as const)("Trinity %i is %s, Easter + 49 days", (year, expected) => {
    expect(ukrainianHolidays(year)).toContain(expected);
  });
});

describe("ukrainianHolidays", () => {
  it.each([
    // 2017: 1 and 2 May, 9 May, 14 October, 7 January and, new that year, 25 December
    [
      2017,
      ["01-01", "01-07", "03-08", "04-16", "05-01", "05-02", "05-09", "06-04", "06-28", "08-24", "10-14", "12-25"],
    ],
    // 2022: 2 May gone, Statehood Day on 28 July added
    [
      2022,
      ["01-01", "01-07", "03-08", "04-24", "05-01", "05-09", "06-12", "06-28", "07-28", "08-24", "10-14", "12-25"],
    ],
    // 2023: the old days before the 2023 laws came into force (7 January, 9 May, 28 July), 1 October after
    [
      2023,
      ["01-01", "01-07", "03-08", "04-16", "05-01", "05-09", "06-04", "06-28", "07-28", "08-24", "10-01", "12-25"],
    ],
    // 2026: the text in force since 30.07.2023
    [2026, ["01-01", "03-08", "04-12", "05-01", "05-08", "05-31", "06-28", "07-15", "08-24", "10-01", "12-25"]],
  ] as const)("lists the holidays of %i, sorted", (year, days) => {
    expect(ukrainianHolidays(year)).toEqual(days.map((day) => `${year}-${day}`));
  });

  it.each([
    ["2022-10-14", true],
    ["2023-10-14", false],
    ["2023-10-01", true],
    ["2022-10-01", false],
    ["2023-05-08", false],
    ["2024-05-08", true],
    ["2024-05-09", false],
    ["2023-07-15", false],
    ["2024-07-15", true],
    ["2024-07-28", false],
    ["2024-01-07", false],
    ["2018-05-02", false],
  ] as const)("%s is a holiday: %s", (date, expected) => {
    expect(ukrainianHolidays(Number(date.slice(0, 4))).includes(date)).toBe(expected);
  });

  it.each([2014, 2020.5, Number.NaN])("rejects the year %p", (year) => {
    expect(() => ukrainianHolidays(year)).toThrow(RangeError);
  });
});

describe("isWorkingDay", () => {
  it.each([
    ["2026-08-21", true], // Friday
    ["2026-08-22", false], // Saturday
    ["2026-08-23", false], // Sunday
    ["2026-08-24", false], // Monday, Independence Day
    ["2026-08-25", true], // Tuesday
    ["2023-05-08", true], // Monday: 8 May was not yet a holiday in 2023
    ["2023-05-09", false], // Tuesday, Victory Day, still in force then
    ["2025-01-07", true], // Tuesday: 7 January is no longer a holiday
    ["2022-01-07", false], // Friday, Christmas (Julian)
  ] as const)("%s → %s", (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected);
  });

  it.each(["2026-02-30", "2026-8-21", "", "2014-06-02", "2014-06-07"])("rejects %p", (date) => {
    expect(() => isWorkingDay(date)).toThrow(RangeError);
  });
});

describe("previousWorkingDay", () => {
  it.each([
    // working days stay
    ["2026-08-21", "2026-08-21"],
    ["2026-08-25", "2026-08-25"],
    ["2024-12-24", "2024-12-24"],
    // weekends go back to Friday
    ["2026-08-22", "2026-08-21"], // Saturday
    ["2026-08-23", "2026-08-21"], // Sunday
    // holidays
    ["2026-08-24", "2026-08-21"], // Monday holiday → previous Friday
    ["2026-01-01", "2025-12-31"], // Thursday, across the year end
    ["2024-12-25", "2024-12-24"], // Wednesday
    ["2024-07-15", "2024-07-12"], // Monday, Statehood Day
    // a Friday holiday and the weekend after it → Thursday
    ["2026-05-01", "2026-04-30"],
    ["2026-05-03", "2026-04-30"],
    ["2026-05-10", "2026-05-07"],
    ["2026-12-27", "2026-12-24"],
    // 2022 against 2023
    ["2022-10-14", "2022-10-13"], // Friday, Defenders' Day on 14 October
    ["2022-10-16", "2022-10-13"],
    ["2023-10-14", "2023-10-13"], // Saturday, no longer a holiday: only the weekend
    ["2023-10-01", "2023-09-29"], // Sunday, Defenders' Day on 1 October
    ["2023-07-28", "2023-07-27"], // Friday, Statehood Day on 28 July still
    ["2023-05-09", "2023-05-08"], // Tuesday, Victory Day; Monday 8 May 2023 worked
    ["2024-05-08", "2024-05-07"], // Wednesday, Day of Remembrance and Victory
    // 2017: 1 and 2 May both holidays, 25 December new
    ["2017-05-02", "2017-04-28"],
    ["2017-12-25", "2017-12-22"],
  ] as const)("%s → %s", (date, expected) => {
    expect(previousWorkingDay(date)).toBe(expected);
  });
});
