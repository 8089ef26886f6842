import type { EntityManager } from "typeorm";

/** The two sides of the budget as stored: lines, their months, and the names of the execution columns. */
export const LINE_TABLES = {
  EXPENSE: { line: "budget_line", month: "budget_line_month", done: "executed_to_date", total: "executed" },
  REVENUE: { line: "revenue_line", month: "revenue_line_month", done: "received_to_date", total: "received" },
} as const;

/**
 * Derives the three amounts of every imported line (a line with months) of the given years from
 * the year's reports, the way the city's own totals (the export's T rows) count them. A side's
 * reports of a year are the months any of its lines has; the first is the budget as adopted, the
 * latest is the budget now:
 * - approved = the line's plan in the year's first report, 0 when the line is not in it (it was
 *   added by an amendment);
 * - amended = the line's plan in the year's latest report, and executed (received) its execution to
 *   date there; both 0 when the line is not in that report (it no longer counts), though its months
 *   up to its last report stay.
 * So every sum of lines equals the sum of the export's rows of that report. Lines without months
 * (entered, not imported) keep their amounts.
 */
export async function deriveLineAmounts(
  m: EntityManager,
  side: keyof typeof LINE_TABLES,
  years: number[],
): Promise<void> {
  const t = LINE_TABLES[side];
  await m.query(
    `WITH reports AS (
       SELECT l.fiscal_year, min(m.month) AS first, max(m.month) AS latest
         FROM budget.${t.line} l JOIN budget.${t.month} m ON m.line_id = l.id
        WHERE l.fiscal_year = ANY($1) GROUP BY l.fiscal_year)
     UPDATE budget.${t.line} l SET
       approved = coalesce((SELECT plan FROM budget.${t.month} WHERE line_id = l.id AND month = r.first), 0),
       amended = coalesce((SELECT plan FROM budget.${t.month} WHERE line_id = l.id AND month = r.latest), 0),
       ${t.total} = coalesce((SELECT ${t.done} FROM budget.${t.month} WHERE line_id = l.id AND month = r.latest), 0)
       FROM reports r
      WHERE l.fiscal_year = r.fiscal_year AND EXISTS (SELECT 1 FROM budget.${t.month} WHERE line_id = l.id)`,
    [years],
  );
}
