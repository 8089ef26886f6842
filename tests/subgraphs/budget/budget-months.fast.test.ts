import { DEMO_REVENUE } from "../../../subgraphs/budget/seed-revenue";
import { startLocalCity, type LocalCity } from "../../helpers/local-city";
import { kyivYear } from "../../helpers/demo-city";

const kop = (text: string) => BigInt(text.replace(".", ""));
const text = (k: bigint) =>
  `${k < 0n ? "-" : ""}${(k < 0n ? -k : k) / 100n}.${String((k < 0n ? -k : k) % 100n).padStart(2, "0")}`;
const total = (xs: string[]) => text(xs.reduce((a, x) => a + kop(x), 0n));

/**
 * The demo city's monthly reports and revenue, checked against each other: every line's latest report is its
 * annual figures, executed only grows, the plan turns amended from June; revenue adds up the same way; the year
 * over year comparison takes the same months of both years; budgetYears lists the seeded years.
 */
describe("budget months, revenue and years of the demo city", () => {
  let city: LocalCity;
  const year = kyivYear();
  beforeAll(async () => {
    city = await startLocalCity();
  });
  afterAll(() => city?.stop());

  const LINES = `query ($y: Int!) { budget(year: $y) {
    totals { executed } lines(first: 100) { edges { node { approved amended executed months { month plan executedToDate executedInMonth } } } } } }`;

  it.each([
    [0, 11],
    [1, 12],
  ])("gives every line of the year %i back monthly reports 1..%i that end at its annual amounts", async (back, n) => {
    const { body } = await city.query(LINES, { y: year - back });
    const lines = body.data.budget.lines.edges.map((e: any) => e.node);
    expect(lines).toHaveLength(35);
    for (const line of lines) {
      expect(line.months.map((m: any) => m.month)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
      expect(line.months.map((m: any) => m.plan)).toEqual(
        line.months.map((m: any) => (m.month < 6 ? line.approved : line.amended)),
      );
      expect(line.months[n - 1].executedToDate).toBe(line.executed);
      expect(total(line.months.map((m: any) => m.executedInMonth))).toBe(line.executed);
      expect(line.months.every((m: any) => kop(m.executedInMonth) > 0n)).toBe(true);
    }
    // The city's monthly execution: the sum of the lines' last month is the year's total.
    expect(total(lines.map((l: any) => l.months[n - 1].executedToDate))).toBe(body.data.budget.totals.executed);
  });

  it("has revenue that covers the expenditure, amended from the June amendment and received as reported", async () => {
    for (const [y, share] of [
      [year - 1, 985n],
      [year, 770n],
    ] as const) {
      const { body } = await city.query(
        `query ($y: Int!) { budget(year: $y) { totals { amended } revenue { approved amended received executionRate } } }`,
        { y },
      );
      const approved = DEMO_REVENUE.reduce((a, [, , , v]) => a + BigInt(v) * 100n, 0n);
      const amended = DEMO_REVENUE.map(
        ([code, , , v]) => (code.startsWith("1") ? (BigInt(v) * 103n) / 100n : BigInt(v)) * 100n,
      );
      const received = amended.map((a) => (a * share + 500n) / 1000n);
      const sumOf = (xs: bigint[]) => xs.reduce((a, x) => a + x, 0n);
      expect(body.data.budget.revenue).toEqual({
        approved: text(approved),
        amended: text(sumOf(amended)),
        received: text(sumOf(received)),
        executionRate: Math.round((Number(sumOf(received)) / Number(sumOf(amended))) * 10_000) / 10_000,
      });
      expect(kop(body.data.budget.revenue.amended) > kop(body.data.budget.totals.amended)).toBe(true);
    }
  });

  it("compares this year so far with the same months of the year before", async () => {
    const { body } = await city.query(
      `query ($y: Int!) { budget(year: $y) { yearOverYear { previousYear throughMonth previous { approved amended executed } current { executed } executedChange } } }`,
      { y: year },
    );
    const asOf = await city.db.query<{ amended: string; executed: string; approved: string }>(
      `SELECT sum(m.plan)::text AS amended, sum(m.executed_to_date)::text AS executed,
              (SELECT sum(approved)::text FROM budget.budget_line WHERE fiscal_year = $1) AS approved
         FROM budget.budget_line l JOIN budget.budget_line_month m ON m.line_id = l.id WHERE l.fiscal_year = $1 AND m.month = 11`,
      [year - 1],
    );
    const [{ executed: current }] = await city.db.query<{ executed: string }>(
      `SELECT sum(executed)::text AS executed FROM budget.budget_line WHERE fiscal_year = $1`,
      [year],
    );
    expect(body).toEqual({
      data: {
        budget: {
          yearOverYear: {
            previousYear: year - 1,
            throughMonth: 11,
            previous: asOf[0],
            current: { executed: current },
            executedChange: text(kop(current) - kop(asOf[0].executed)),
          },
        },
      },
    });
    // The year before's whole-year executed is more than its first eleven months: the comparison did not take it.
    const [{ whole }] = await city.db.query<{ whole: string }>(
      `SELECT sum(executed)::text AS whole FROM budget.budget_line WHERE fiscal_year = $1`,
      [year - 1],
    );
    expect(kop(whole) > kop(asOf[0].executed)).toBe(true);
  });

  it("compares whole years when the year has no monthly reports", async () => {
    await city.db.query(
      `DELETE FROM budget.budget_line_month WHERE line_id IN (SELECT id FROM budget.budget_line WHERE fiscal_year = $1)`,
      [year],
    );
    const { body } = await city.query(
      `query ($y: Int!) { budget(year: $y) { yearOverYear { throughMonth previous { executed } } } }`,
      { y: year },
    );
    const [{ whole }] = await city.db.query<{ whole: string }>(
      `SELECT sum(executed)::text AS whole FROM budget.budget_line WHERE fiscal_year = $1`,
      [year - 1],
    );
    expect(body).toEqual({ data: { budget: { yearOverYear: { throughMonth: null, previous: { executed: whole } } } } });
  });

  it("lists the years that have a budget, newest first, to anyone", async () => {
    expect((await city.query(`{ budgetYears }`)).body).toEqual({ data: { budgetYears: [year, year - 1] } });
  });
});
