import type { DataSource } from "typeorm";
import type { BudgetProgram, EconomicCode } from "../entities/classification.type";
import type { BudgetLineMonth } from "../entities/line-month.type";

/** Classification entries in force in a year, for many codes at once. */
export async function classificationsInForce(
  db: DataSource,
  kind: "PROGRAM" | "ECONOMIC",
  codes: string[],
  year: number,
): Promise<(BudgetProgram & EconomicCode)[]> {
  return db.query(
    `SELECT code, name, parent_code AS "parentCode", department_id AS "departmentId" FROM budget.classification
      WHERE kind = $1 AND code = ANY($2) AND valid_from <= make_date($3, 12, 31) AND (valid_to IS NULL OR valid_to >= make_date($3, 1, 1))`,
    [kind, codes, year],
  );
}

/**
 * Months of many lines: each report of the year the line is in, as reported (a line is absent from
 * the reports before it was added and after it was dropped). A month's execution is the difference
 * from the line's execution to date in the year's previous report, 0 when the line was not in that
 * report: it does not count in a report it is absent from, as in the year's amounts
 * (import/line-amounts.ts). The year's reports are the months any of its lines has.
 */
export async function monthsOfLines(
  db: DataSource,
  ids: readonly number[],
): Promise<(BudgetLineMonth & { lineId: number })[]> {
  return db.query(
    `WITH asked AS (SELECT id, fiscal_year FROM budget.budget_line WHERE id = ANY($1)),
          reports AS (
            SELECT fiscal_year, month, lag(month) OVER (PARTITION BY fiscal_year ORDER BY month) AS previous
              FROM (SELECT DISTINCT l.fiscal_year, m.month
                      FROM budget.budget_line l JOIN budget.budget_line_month m ON m.line_id = l.id
                     WHERE l.fiscal_year IN (SELECT fiscal_year FROM asked)) y)
     SELECT m.line_id AS "lineId", m.month, m.plan::text AS plan, m.executed_to_date::text AS "executedToDate",
            (m.executed_to_date - coalesce(b.executed_to_date, 0))::numeric(18,2)::text AS "executedInMonth"
       FROM asked a
       JOIN budget.budget_line_month m ON m.line_id = a.id
       JOIN reports r ON r.fiscal_year = a.fiscal_year AND r.month = m.month
       LEFT JOIN budget.budget_line_month b ON b.line_id = m.line_id AND b.month = r.previous
      ORDER BY m.line_id, m.month`,
    [ids],
  );
}
