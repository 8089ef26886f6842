import type { DataSource } from "typeorm";
import type {
  BudgetTotals,
  EconomicGroupTotals,
  FundTotals,
  RevenueTotals,
  YearComparison,
} from "../entities/budget-amounts.type";
import type { Fund } from "../entities/fund.enum";
import { formatMoney, parseMoney } from "../import/money";
import { PROGRAM_IN_FORCE } from "./budget.service";
import { rate, withRate } from "./rates";

type Sums = { approved: string; amended: string; executed: string };

const SUMS = `coalesce(sum(l.approved), 0)::numeric(18,2)::text AS approved,
              coalesce(sum(l.amended), 0)::numeric(18,2)::text AS amended,
              coalesce(sum(l.executed), 0)::numeric(18,2)::text AS executed`;

/** Expenditure totals of a year, summed in SQL. */
export async function expenditureTotals(db: DataSource, year: number): Promise<BudgetTotals> {
  const [row] = await db.query(`SELECT ${SUMS} FROM budget.budget_line l WHERE l.fiscal_year = $1`, [year]);
  return withRate(row);
}

export async function revenueTotals(db: DataSource, year: number): Promise<RevenueTotals> {
  const [row] = await db.query(
    `SELECT coalesce(sum(approved), 0)::numeric(18,2)::text AS approved, coalesce(sum(amended), 0)::numeric(18,2)::text AS amended,
            coalesce(sum(received), 0)::numeric(18,2)::text AS received
       FROM budget.revenue_line WHERE fiscal_year = $1`,
    [year],
  );
  return { ...row, executionRate: rate(row.received, row.amended) };
}

export async function totalsByFund(db: DataSource, year: number): Promise<FundTotals[]> {
  const rows: (Sums & { fund: Fund })[] = await db.query(
    `SELECT l.fund, ${SUMS} FROM budget.budget_line l WHERE l.fiscal_year = $1 GROUP BY l.fund ORDER BY l.fund`,
    [year],
  );
  return rows.map(withRate);
}

/**
 * Totals by economic group: the first digit of КЕКВ (2000 current, 3000 capital, 9000 not
 * allocated) with the second-level groups (2100, 2200, ...) as children; names from the tree.
 */
export async function totalsByEconomicGroup(db: DataSource, year: number): Promise<EconomicGroupTotals[]> {
  const rows: (Sums & { top: string; sub: string; topName: string | null; subName: string | null })[] = await db.query(
    `WITH g AS (
       SELECT left(l.economic_code, 1) || '000' AS top, left(l.economic_code, 2) || '00' AS sub, ${SUMS}
         FROM budget.budget_line l WHERE l.fiscal_year = $1 GROUP BY 1, 2)
     SELECT g.*, t.name AS "topName", s.name AS "subName"
       FROM g
       LEFT JOIN budget.classification t ON t.kind = 'ECONOMIC' AND t.code = g.top AND t.valid_to IS NULL
       LEFT JOIN budget.classification s ON s.kind = 'ECONOMIC' AND s.code = g.sub AND s.valid_to IS NULL
      ORDER BY g.top, g.sub`,
    [year],
  );
  const groups = new Map<string, EconomicGroupTotals & { cents: [bigint, bigint, bigint] }>();
  const kop = (v: string) => parseMoney(v)!;
  for (const r of rows) {
    const top = groups.get(r.top) ?? {
      code: r.top,
      name: r.topName ?? r.top,
      children: [],
      cents: [0n, 0n, 0n],
      approved: "",
      amended: "",
      executed: "",
      executionRate: null,
    };
    top.cents = [top.cents[0] + kop(r.approved), top.cents[1] + kop(r.amended), top.cents[2] + kop(r.executed)];
    if (r.sub !== r.top)
      top.children.push({
        ...withRate({ approved: r.approved, amended: r.amended, executed: r.executed }),
        code: r.sub,
        name: r.subName ?? r.sub,
        children: [],
      });
    groups.set(r.top, top);
  }
  return [...groups.values()].map(({ cents, ...g }) => ({
    ...g,
    ...withRate({ approved: formatMoney(cents[0]), amended: formatMoney(cents[1]), executed: formatMoney(cents[2]) }),
  }));
}

/** Totals per programme in force that year, or per its department, in one statement each. */
export async function totalsByProgram(
  db: DataSource,
  year: number,
  per: "program" | "department",
): Promise<(BudgetTotals & { code: string; name: string; departmentId: number | null })[]> {
  const key = per === "program" ? "p.code, p.name, p.department_id" : "p.department_id";
  const rows = await db.query(
    `SELECT ${per === "program" ? "p.code, p.name," : "NULL AS code, NULL AS name,"} p.department_id AS "departmentId", ${SUMS}
       FROM budget.budget_line l JOIN budget.classification p ON ${PROGRAM_IN_FORCE}
      WHERE l.fiscal_year = $1 GROUP BY ${key} ORDER BY ${per === "program" ? "p.code" : "p.department_id"}`,
    [year],
  );
  return rows.map(withRate);
}

/** The month of the year's latest monthly report; null when the year has none (lines entered without months). */
async function latestReport(db: DataSource, year: number, upTo = 12): Promise<number | null> {
  const [{ month }] = await db.query(
    `SELECT max(m.month) AS month FROM budget.budget_line l JOIN budget.budget_line_month m ON m.line_id = l.id
      WHERE l.fiscal_year = $1 AND m.month <= $2`,
    [year, upTo],
  );
  return month;
}

/** A year's totals as its report of `month` stood: approved, the plan then, executed to then (absent lines 0). */
async function totalsAsOf(db: DataSource, year: number, month: number): Promise<BudgetTotals> {
  const [row] = await db.query(
    `SELECT coalesce(sum(l.approved), 0)::numeric(18,2)::text AS approved,
            coalesce(sum(m.plan), 0)::numeric(18,2)::text AS amended,
            coalesce(sum(m.executed_to_date), 0)::numeric(18,2)::text AS executed
       FROM budget.budget_line l LEFT JOIN budget.budget_line_month m ON m.line_id = l.id AND m.month = $2
      WHERE l.fiscal_year = $1`,
    [year, month],
  );
  return withRate(row);
}

/**
 * This year against the year before, like for like: when this year has monthly reports, the year before as its
 * report of the same month stood (its latest report up to that month); otherwise, or when the year before has no
 * report by then, the two years' latest figures.
 */
export async function yearOverYear(db: DataSource, year: number): Promise<YearComparison> {
  const through = await latestReport(db, year);
  const previousMonth = through === null ? null : await latestReport(db, year - 1, through);
  const [previous, current] = await Promise.all([
    previousMonth === null ? expenditureTotals(db, year - 1) : totalsAsOf(db, year - 1, previousMonth),
    expenditureTotals(db, year),
  ]);
  const [{ change }] = await db.query(`SELECT ($1::numeric - $2::numeric)::numeric(18,2)::text AS change`, [
    current.executed,
    previous.executed,
  ]);
  return {
    previousYear: year - 1,
    throughMonth: previousMonth === null ? null : through,
    previous,
    current,
    executedChange: change,
    executedChangeRate: rate(change, previous.executed),
  };
}

/** The years that have a budget, newest first. */
export async function budgetYears(db: DataSource): Promise<number[]> {
  const rows: { year: number }[] = await db.query(`SELECT year FROM budget.fiscal_year ORDER BY year DESC`);
  return rows.map((r) => r.year);
}
