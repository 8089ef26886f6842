import path from "node:path";
import { importOpenBudget } from "../../../subgraphs/budget/import/openbudget-import";
import { startLocalCity, type LocalCity } from "../../helpers/local-city";
import { kopiykas, money, readReports, reportedAmounts } from "../../helpers/openbudget-reports";

const DATA = path.resolve(__dirname, "../../fixtures/openbudget-zhytomyr");
const EXPENSES = path.join(DATA, "zhytomyr_expenses_economic_monthly.csv");
const INCOMES = path.join(DATA, "zhytomyr_incomes_monthly.csv");
const expenses = readReports(EXPENSES);
const incomes = readReports(INCOMES);

type Amounts = { approved: string; amended: string; executed: string };
interface Month {
  month: number;
  plan: string;
  executedToDate: string;
}
interface Line extends Amounts {
  fund: "GENERAL" | "SPECIAL";
  months: Month[];
}

/** The exact sum of the amounts of some rows of the answer. */
function total(rows: Amounts[]): Amounts {
  const add = (field: keyof Amounts) => money(rows.reduce((sum, r) => sum + kopiykas(r[field]), 0n));
  return { approved: add("approved"), amended: add("amended"), executed: add("executed") };
}

const AMOUNTS = "approved amended executed";
const QUERY = `query ($y: Int!, $after: String) { budget(year: $y) {
  totals { ${AMOUNTS} } revenue { approved amended received } byFund { fund ${AMOUNTS} }
  byEconomicGroup { code ${AMOUNTS} children { ${AMOUNTS} } } byProgram { ${AMOUNTS} } byDepartment { ${AMOUNTS} }
  lines(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { fund ${AMOUNTS} months { month plan executedToDate } } } }
} departments { id budgetSummary(year: $y) { ${AMOUNTS} } } }`;

describe("Zhytomyr's budget against the city's own totals", () => {
  let city: LocalCity;
  beforeAll(async () => {
    city = await startLocalCity();
    const summaries = await importOpenBudget(city.subgraphs.budget.db, [EXPENSES, INCOMES]);
    expect(summaries.map((s) => s.problems)).toEqual([[], []]);
  });
  afterAll(() => city?.stop());

  /** The year's budget through the gateway, with every page of its lines. */
  async function budgetOf(year: number): Promise<Record<string, any> & { lines: Line[] }> {
    const first = await city.query(QUERY, { y: year });
    expect(first.body.errors).toBeUndefined();
    const lines: Line[] = first.body.data.budget.lines.edges.map((e: { node: Line }) => e.node);
    for (let page = first.body.data.budget.lines.pageInfo; page.hasNextPage;) {
      const next = await city.query(QUERY, { y: year, after: page.endCursor });
      lines.push(...next.body.data.budget.lines.edges.map((e: { node: Line }) => e.node));
      page = next.body.data.budget.lines.pageInfo;
    }
    return { ...first.body.data.budget, lines, departments: first.body.data.departments };
  }

  it("reads 2021-2024 from the files", () => {
    expect([expenses.years, incomes.years]).toEqual([
      [2021, 2022, 2023, 2024],
      [2021, 2022, 2023, 2024],
    ]);
  });

  it.each([2021, 2022, 2023, 2024])(
    "%i: totals, funds, economic groups and lines equal the first and latest reports' rows",
    async (year) => {
      const budget = await budgetOf(year);
      const [all, general, special] = (["T", "C", "S"] as const).map((fund) => reportedAmounts(expenses, year, fund));
      expect(budget.totals).toEqual(all);
      expect(budget.byFund).toEqual([
        { fund: "GENERAL", ...general },
        { fund: "SPECIAL", ...special },
      ]);
      expect(total(budget.byEconomicGroup)).toEqual(all);
      for (const group of budget.byEconomicGroup.filter((g: { children: Amounts[] }) => g.children.length > 0)) {
        expect([group.code, total(group.children)]).toEqual([group.code, total([group])]);
      }
      expect([
        total(budget.lines),
        total(budget.lines.filter((l) => l.fund === "GENERAL")),
        total(budget.lines.filter((l) => l.fund === "SPECIAL")),
      ]).toEqual([all, general, special]);
      const revenue = reportedAmounts(incomes, year, "T");
      expect(budget.revenue).toEqual({
        approved: revenue.approved,
        amended: revenue.amended,
        received: revenue.executed,
      });
    },
  );

  it.each([2021, 2022, 2023, 2024])(
    "%i: the lines' months add up to every report's rows, fund by fund",
    async (year) => {
      const { lines } = await budgetOf(year);
      const reported = (fund: "C" | "S" | "T") =>
        expenses.months(year).map((month) => ({ month, ...expenses.sums(year, month, fund) }));
      const summed = (of: Line[]) =>
        expenses.months(year).map((month) => {
          const rows = of.flatMap((l) => l.months.filter((m) => m.month === month));
          return {
            month,
            plan: rows.reduce((s, m) => s + kopiykas(m.plan), 0n),
            fact: rows.reduce((s, m) => s + kopiykas(m.executedToDate), 0n),
          };
        });
      expect(summed(lines)).toEqual(reported("T"));
      expect(summed(lines.filter((l) => l.fund === "GENERAL"))).toEqual(reported("C"));
      expect(summed(lines.filter((l) => l.fund === "SPECIAL"))).toEqual(reported("S"));
    },
  );

  it("attributes imported lines to no programme and no department: the export has no programme codes", async () => {
    const budget = await budgetOf(2024);
    expect([budget.byProgram, budget.byDepartment]).toEqual([[], []]);
    const zero = { approved: "0.00", amended: "0.00", executed: "0.00" };
    expect(budget.departments.length).toBeGreaterThan(0);
    expect(budget.departments.map((d: { budgetSummary: Amounts }) => d.budgetSummary)).toEqual(
      budget.departments.map(() => zero),
    );
  });
});
