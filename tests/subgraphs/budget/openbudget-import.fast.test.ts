import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { importOpenBudget } from "../../../subgraphs/budget/import/openbudget-import";
import { AmountsFromReports1764400000000 } from "../../../subgraphs/budget/migrations/1764400000000-amounts-from-reports";
import { startLocalCity, type LocalCity } from "../../helpers/local-city";
import { readReports, reportedAmounts } from "../../helpers/openbudget-reports";

const DATA = path.resolve(__dirname, "../../fixtures/openbudget-zhytomyr");
const EXPENSES = path.join(DATA, "zhytomyr_expenses_economic_monthly.csv");
const INCOMES = path.join(DATA, "zhytomyr_incomes_monthly.csv");

describe("importing Zhytomyr's open budget", () => {
  let city: LocalCity;
  let dir: string;
  beforeAll(async () => {
    city = await startLocalCity();
    dir = mkdtempSync(path.join(tmpdir(), "openbudget-"));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await city?.stop();
  });
  const run = (files: string[]) => importOpenBudget(city.subgraphs.budget.db, files);
  const snapshot = () =>
    city.db
      .query(`SELECT (SELECT count(*) FROM budget.budget_line) AS lines, (SELECT count(*) FROM budget.budget_line_month) AS months,
                          (SELECT count(*) FROM budget.revenue_line) AS revenues, (SELECT sum(executed)::text FROM budget.budget_line) AS executed,
                          (SELECT sum(received)::text FROM budget.revenue_line) AS received, (SELECT count(*) FROM budget.classification) AS codes`);

  it("imports 2021-2024 with no problems, and 2024 agrees with the city's own totals (T rows)", async () => {
    const summaries = await run([EXPENSES, INCOMES]);
    expect(summaries.map((s) => [path.basename(s.file), s.rows, s.problems])).toEqual([
      ["zhytomyr_expenses_economic_monthly.csv", 3832, []],
      ["zhytomyr_incomes_monthly.csv", 6347, []],
    ]);
    const expenses = reportedAmounts(readReports(EXPENSES), 2024, "T");
    const incomes = reportedAmounts(readReports(INCOMES), 2024, "T");
    // As the T rows of January and December 2024 state them.
    expect([expenses, incomes]).toEqual([
      { approved: "4578695573.27", amended: "5625251997.38", executed: "4840438729.64" },
      { approved: "4081165313.62", amended: "4797845295.12", executed: "4779621821.12" },
    ]);
    const { body } = await city.query(
      `{ budget(year: 2024) { year status totals { approved amended executed } revenue { approved amended received } } }`,
    );
    expect(body).toEqual({
      data: {
        budget: {
          year: 2024,
          status: "CLOSED",
          totals: expenses,
          revenue: { approved: incomes.approved, amended: incomes.amended, received: incomes.executed },
        },
      },
    });
  });

  it("keeps lines and months as reported; a line added by an amendment was not approved, a line dropped no longer counts", async () => {
    const { body } = await city.query(
      `{ budget(year: 2024) { lines(first: 100) { edges { node { fund economicCode { code name } approved amended executed months { month plan executedToDate executedInMonth } } } } } }`,
    );
    const line = (code: string, fund: string) =>
      body.data.budget.lines.edges
        .map((e: any) => e.node)
        .find((n: any) => n.economicCode.code === code && n.fund === fund);
    const wages = line("2111", "GENERAL");
    expect([wages.economicCode.name, wages.approved, wages.amended, wages.executed, wages.months.length]).toEqual([
      "Заробітна плата",
      "1472859015.00",
      "1461764800.59",
      "1418461236.91",
      12,
    ]);
    expect(wages.months.slice(0, 2)).toEqual([
      { month: 1, plan: "1472859015.00", executedToDate: "78022168.57", executedInMonth: "78022168.57" },
      { month: 2, plan: "1472859015.00", executedToDate: "179510147.74", executedInMonth: "101487979.17" },
    ]);
    // Debt service, last reported in October: approved, then no longer in the budget.
    const debt = line("2410", "GENERAL");
    expect([debt.approved, debt.amended, debt.executed, debt.months.map((m: any) => m.month)]).toEqual([
      "5125005.00",
      "0.00",
      "0.00",
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    ]);
    // Capital transfers to households, first reported in August: added by an amendment.
    const transfers = line("3240", "SPECIAL");
    expect([transfers.approved, transfers.amended, transfers.executed]).toEqual([
      "0.00",
      "221676317.32",
      "221623859.07",
    ]);
    expect(transfers.months.map((m: any) => [m.month, m.plan, m.executedInMonth])).toEqual([
      [8, "148617248.84", "56532029.48"],
      [9, "148617248.84", "16925839.80"],
      [10, "148617248.84", "28620888.35"],
      [11, "154022535.44", "51891319.56"],
      [12, "221676317.32", "67653781.88"],
    ]);
  });

  it("re-derives, by migration, the amounts of lines imported under the earlier first-seen, last-seen rule", async () => {
    const db = city.subgraphs.budget.db;
    const totals = async () =>
      (await city.query(`{ budget(year: 2024) { totals { approved amended executed } } }`)).body.data.budget.totals;
    await db.query(`UPDATE budget.budget_line l SET
        approved = (SELECT plan FROM budget.budget_line_month WHERE line_id = l.id ORDER BY month LIMIT 1),
        amended = (SELECT plan FROM budget.budget_line_month WHERE line_id = l.id ORDER BY month DESC LIMIT 1),
        executed = (SELECT executed_to_date FROM budget.budget_line_month WHERE line_id = l.id ORDER BY month DESC LIMIT 1)
      WHERE fiscal_year = 2024`);
    expect(await totals()).toEqual({ approved: "4727550887.18", amended: "5630377002.38", executed: "4840438729.64" });
    const runner = db.createQueryRunner();
    await new AmountsFromReports1764400000000().up(runner).finally(() => runner.release());
    expect(await totals()).toEqual(reportedAmounts(readReports(EXPENSES), 2024, "T"));
  });

  it("counts a line only in the reports it is in, its months included", async () => {
    const file = path.join(dir, "reports.csv");
    writeFileSync(
      file,
      [
        "REP_PERIOD,FUND_TYP,COD_BUDGET,COD_CONS_EK,COD_CONS_EK_NAME,ZAT_AMT,PLANS_AMT,FAKT_AMT",
        "2019-01-31,C,06552000000,2111,Заробітна плата,100,,10",
        "2019-01-31,C,06552000000,2120,Нарахування на оплату праці,50,,5",
        "2019-01-31,S,06552000000,2273,Оплата електроенергії,40,,4",
        "2019-02-28,C,06552000000,2111,Заробітна плата,100,,20",
        "2019-02-28,C,06552000000,2240,Оплата послуг (крім комунальних),30,,3",
        "2019-02-28,S,06552000000,2273,Оплата електроенергії,40,,8",
        "2019-03-31,C,06552000000,2111,Заробітна плата,120,,35",
        "2019-03-31,C,06552000000,2120,Нарахування на оплату праці,50,,12",
        "2019-03-31,C,06552000000,2240,Оплата послуг (крім комунальних),30,,9",
      ].join("\n"),
    );
    expect((await run([file]))[0].problems).toEqual([]);
    const { body } =
      await city.query(`{ budget(year: 2019) { totals { approved amended executed } byFund { fund approved amended executed }
      lines { edges { node { fund economicCode { code } approved amended executed months { month plan executedToDate executedInMonth } } } } } }`);
    const m = (month: number, plan: string, toDate: string, inMonth: string) => ({
      month,
      plan,
      executedToDate: toDate,
      executedInMonth: inMonth,
    });
    expect(body.data.budget.totals).toEqual({ approved: "190.00", amended: "200.00", executed: "56.00" });
    expect(body.data.budget.byFund).toEqual([
      { fund: "GENERAL", approved: "150.00", amended: "200.00", executed: "56.00" },
      { fund: "SPECIAL", approved: "40.00", amended: "0.00", executed: "0.00" },
    ]);
    const lines = body.data.budget.lines.edges
      .map((e: any) => ({ ...e.node, economicCode: e.node.economicCode.code }))
      .sort((a: any, b: any) => a.economicCode.localeCompare(b.economicCode));
    expect(lines).toEqual([
      {
        fund: "GENERAL",
        economicCode: "2111",
        approved: "100.00",
        amended: "120.00",
        executed: "35.00",
        months: [m(1, "100.00", "10.00", "10.00"), m(2, "100.00", "20.00", "10.00"), m(3, "120.00", "35.00", "15.00")],
      },
      // Not in February's report: it counted 0 there, so March's execution is all of its execution to date.
      {
        fund: "GENERAL",
        economicCode: "2120",
        approved: "50.00",
        amended: "50.00",
        executed: "12.00",
        months: [m(1, "50.00", "5.00", "5.00"), m(3, "50.00", "12.00", "12.00")],
      },
      {
        fund: "GENERAL",
        economicCode: "2240",
        approved: "0.00",
        amended: "30.00",
        executed: "9.00",
        months: [m(2, "30.00", "3.00", "3.00"), m(3, "30.00", "9.00", "6.00")],
      },
      {
        fund: "SPECIAL",
        economicCode: "2273",
        approved: "40.00",
        amended: "0.00",
        executed: "0.00",
        months: [m(1, "40.00", "4.00", "4.00"), m(2, "40.00", "8.00", "4.00")],
      },
    ]);
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
    const { body } = await city.query(
      `{ budget(year: 2020) { totals { approved executed } byFund { fund executed } } }`,
    );
    expect(body.data.budget).toEqual({
      totals: { approved: "1200.50", executed: "120.25" },
      byFund: [
        { fund: "GENERAL", executed: "100.25" },
        { fund: "SPECIAL", executed: "20.00" },
      ],
    });
  });

  it("updates a year from a later file", async () => {
    const file = path.join(dir, "later.csv");
    writeFileSync(
      file,
      [
        "REP_PERIOD,FUND_TYP,COD_BUDGET,COD_CONS_EK,COD_CONS_EK_NAME,ZAT_AMT,PLANS_AMT,FAKT_AMT",
        "2020-02-29,C,06552000000,2111,Заробітна плата,1100.00,,300.25",
      ].join("\n"),
    );
    await run([file]);
    const { body } = await city.query(`{ budget(year: 2020) { byFund { fund approved amended executed } } }`);
    // February is now the latest report, and the special-fund line is not in it.
    expect(body.data.budget.byFund).toEqual([
      { fund: "GENERAL", approved: "1000.50", amended: "1100.00", executed: "300.25" },
      { fund: "SPECIAL", approved: "200.00", amended: "0.00", executed: "0.00" },
    ]);
  });
});
