import type { DataSource } from "typeorm";
import type { Budget } from "../entities/budget.type";
import type { BudgetSummary } from "../entities/budget-amounts.type";

const SUMS = `coalesce(sum(l.approved), 0)::numeric(18,2)::text AS approved,
              coalesce(sum(l.amended), 0)::numeric(18,2)::text AS amended,
              coalesce(sum(l.executed), 0)::numeric(18,2)::text AS executed`;

/** The programme version in force in the line's year (alias p for the programme, l for the line). */
export const PROGRAM_IN_FORCE = `p.kind = 'PROGRAM' AND p.code = l.program_code
  AND p.valid_from <= make_date(l.fiscal_year, 12, 31) AND (p.valid_to IS NULL OR p.valid_to >= make_date(l.fiscal_year, 1, 1))`;

/** The year's budget with its expenditure totals (one statement); null when the year is unknown. */
export async function budgetOfYear(db: DataSource, year: number): Promise<Budget | null> {
  const rows = await db.query(
    `SELECT y.year, y.status, ${SUMS}
       FROM budget.fiscal_year y LEFT JOIN budget.budget_line l ON l.fiscal_year = y.year
      WHERE y.year = $1 GROUP BY y.year, y.status`,
    [year],
  );
  if (rows.length === 0) return null;
  const { approved, amended, executed, ...rest } = rows[0];
  return { ...rest, totals: { approved, amended, executed } };
}

/** Each department's totals for one year in one statement, keyed by department id. */
export async function summariesByDepartment(db: DataSource, ids: number[], year: number): Promise<Map<number, BudgetSummary>> {
  const rows: (BudgetSummary & { departmentId: number })[] = await db.query(
    `SELECT p.department_id AS "departmentId", ${SUMS}
       FROM budget.budget_line l JOIN budget.classification p ON ${PROGRAM_IN_FORCE}
      WHERE p.department_id = ANY($1) AND l.fiscal_year = $2
      GROUP BY p.department_id`,
    [ids, year],
  );
  return new Map(rows.map(({ departmentId, ...sums }) => [departmentId, summary(year, sums)]));
}

/** A summary from exact decimal strings; the rate is the only float and is rounded for display. */
export function summary(year: number, sums: { approved: string; amended: string; executed: string }): BudgetSummary {
  const amended = Number(sums.amended);
  const rate = amended > 0 ? Math.round((Number(sums.executed) / amended) * 10_000) / 10_000 : null;
  return { year, ...sums, executionRate: rate };
}
