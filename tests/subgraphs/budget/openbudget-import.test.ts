import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { importOpenBudget } from "../../../subgraphs/budget/import/openbudget-import";
import { startCity, type City } from "../../helpers/city";

const DATA = path.resolve(__dirname, "../../fixtures/openbudget-zhytomyr");
const EXPENSES = path.join(DATA, "zhytomyr_expenses_economic_monthly.csv");
const INCOMES = path.join(DATA, "zhytomyr_incomes_monthly.csv");

/** Sums a CSV the way openbudget defines the amounts, computed here independently, in kopiykas. */
function expectedFromCsv(file: string, codeColumn: string, year: number) {
  const rows: Record<string, string>[] = parse(readFileSync(file), { columns: true, bom: true });
  const kop = (v: string) => BigInt(Math.round(Number(v || "0") * 100));
  const lines = new Map<string, { month: number; plan: bigint; fact: bigint }[]>();
  for (const r of rows) {
    if (!r.REP_PERIOD.startsWith(`${year}-`) || r.FUND_TYP === "T") continue;
    const key = `${r[codeColumn]}|${r.FUND_TYP}`;
    lines.set(key, [...(lines.get(key) ?? []), { month: Number(r.REP_PERIOD.slice(5, 7)), plan: kop(r.ZAT_AMT), fact: kop(r.FAKT_AMT) }]);
  }
  let approved = 0n, amended = 0n, executed = 0n;
  const byLine = new Map<string, { approved: bigint; amended: bigint; executed: bigint }>();
  for (const [key, months] of lines) {
    months.sort((a, b) => a.month - b.month);
    const line = { approved: months[0].plan, amended: months.at(-1)!.plan, executed: months.at(-1)!.fact };
    byLine.set(key, line);
    approved += line.approved; amended += line.amended; executed += line.executed;
  }
  const money = (k: bigint) => `${k / 100n}.${String(k % 100n).padStart(2, "0")}`;
  return { totals: { approved: money(approved), amended: money(amended), executed: money(executed) }, byLine, money };
}

describe("importing Zhytomyr's open budget", () => {
  let city: City;
  let dir: string;
  beforeAll(async () => {
    city = await startCity();
    dir = mkdtempSync(path.join(tmpdir(), "openbudget-"));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await city?.stop();
  });
  const run = (files: string[]) => importOpenBudget(city.subgraphs.budget.db, files);
  const snapshot = () =>
    city.db.query(`SELECT (SELECT count(*) FROM budget.budget_line) AS lines, (SELECT count(*) FROM budget.budget_line_month) AS months,
                          (SELECT count(*) FROM budget.revenue_line) AS revenues, (SELECT sum(executed)::text FROM budget.budget_line) AS executed,
                          (SELECT sum(received)::text FROM budget.revenue_line) AS received, (SELECT count(*) FROM budget.classification) AS codes`);

  it("imports 2021-2024 with no problems, and the 2024 totals match the CSV", async () => {
    const summaries = await run([EXPENSES, INCOMES]);
    expect(summaries.map((s) => [path.basename(s.file), s.rows, s.problems])).toEqual([
      ["zhytomyr_expenses_economic_monthly.csv", 3832, []],
      ["zhytomyr_incomes_monthly.csv", 6347, []],
    ]);
    const expenses = expectedFromCsv(EXPENSES, "COD_CONS_EK", 2024);
    const incomes = expectedFromCsv(INCOMES, "COD_INCO", 2024);
    const { body } = await city.query(`{ budget(year: 2024) { year status totals { approved amended executed } revenue { approved amended received } } }`);
    expect(body).toEqual({
      data: {
        budget: {
          year: 2024, status: "CLOSED", totals: expenses.totals,
          revenue: { approved: incomes.totals.approved, amended: incomes.totals.amended, received: incomes.totals.executed },
        },
      },
    });
  });

  it("keeps lines and months exact, with each month's execution as a difference", async () => {
    const expected = expectedFromCsv(EXPENSES, "COD_CONS_EK", 2024).byLine;
    const { body } = await city.query(`{ budget(year: 2024) { lines(first: 100) { totalCount edges { node { fund economicCode { code name } approved amended executed months { month executedToDate executedInMonth } } } } } }`);
    const nodes = body.data.budget.lines.edges.map((e: any) => e.node);
    expect(body.data.budget.lines.totalCount).toBe(expected.size);
    const wages = nodes.find((n: any) => n.economicCode.code === "2111" && n.fund === "GENERAL");
    const e = expected.get("2111|C")!;
    const money = (k: bigint) => `${k / 100n}.${String(k % 100n).padStart(2, "0")}`;
    expect(wages).toMatchObject({ economicCode: { code: "2111", name: "Заробітна плата" }, approved: money(e.approved), amended: money(e.amended), executed: money(e.executed) });
    expect(wages.months).toHaveLength(12);
    const [jan, feb] = wages.months;
    expect(Number(feb.executedInMonth)).toBeCloseTo(Number(feb.executedToDate) - Number(jan.executedToDate), 2);
  });

  it("changes nothing when the same files are imported again", async () => {
    const before = await snapshot();
    await run([EXPENSES, INCOMES]);
    expect(await snapshot()).toEqual(before);
  });

  it("reports bad rows and T mismatches by line and field, and imports the rest", async () => {
    const file = path.join(dir, "bad.csv");
    writeFileSync(
      file,
      [
        "REP_PERIOD,FUND_TYP,COD_BUDGET,COD_CONS_EK,COD_CONS_EK_NAME,ZAT_AMT,PLANS_AMT,FAKT_AMT",
        `2020-01-31,C,06552000000,2111,"Заробітна плата, основна",1000.50,,100.25`,
        `2020-01-31,X,06552000000,2111,Заробітна плата,1,,1`,
        `2020-13-31,C,06552000000,2111,Заробітна плата,1,,1`,
        `2020-01-31,C,06552000000,2120,Нарахування,12.345,,1`,
        `2020-01-31,C,06552000000,21,Нарахування,1,,1`,
        `2020-01-31,S,06552000000,2120,"Нарахування
на оплату праці",200,,20`,
        `2020-01-31,T,06552000000,2111,Заробітна плата,1000.50,,100.25`,
        `2020-01-31,T,06552000000,2120,Нарахування,999,,20`,
      ].join("\n"),
    );
    const [summary] = await run([file]);
    expect(summary.problems.map((p) => [p.line, p.field, p.why])).toEqual([
      [3, "FUND_TYP", '"X" is not C, S or T'],
      [4, "REP_PERIOD", '"2020-13-31" has no month 13'],
      [5, "ZAT_AMT", '"12.345" is not an amount'],
      [6, "COD_CONS_EK", '"21" is not a 4-digit code'],
      [10, "ZAT_AMT", "T is 999.00 but C + S is 200.00"],
    ]);
    const { body } = await city.query(`{ budget(year: 2020) { totals { approved executed } byFund { fund executed } } }`);
    expect(body.data.budget).toEqual({ totals: { approved: "1200.50", executed: "120.25" }, byFund: [{ fund: "GENERAL", executed: "100.25" }, { fund: "SPECIAL", executed: "20.00" }] });
  });

  it("updates a year from a later file", async () => {
    const file = path.join(dir, "later.csv");
    writeFileSync(file, ["REP_PERIOD,FUND_TYP,COD_BUDGET,COD_CONS_EK,COD_CONS_EK_NAME,ZAT_AMT,PLANS_AMT,FAKT_AMT", "2020-02-29,C,06552000000,2111,Заробітна плата,1100.00,,300.25"].join("\n"));
    await run([file]);
    const { body } = await city.query(`{ budget(year: 2020) { byFund { fund approved amended executed } } }`);
    expect(body.data.budget.byFund[0]).toEqual({ fund: "GENERAL", approved: "1000.50", amended: "1100.00", executed: "300.25" });
  });
});
