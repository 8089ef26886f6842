import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Re-derives the amounts of imported lines (lines with months), which earlier imports took from each
 * line's own first and last month, from the year's first and latest reports instead, as the city's
 * totals count them: approved = the plan in the year's first report, amended and executed
 * (received) = those in the year's latest report, 0 when the line is not in that report. The rule as
 * it stood in this migration; the import applies it from import/line-amounts.ts. Nothing to undo:
 * the earlier amounts were wrong.
 */
export class AmountsFromReports1764400000000 implements MigrationInterface {
  name = "AmountsFromReports1764400000000";

  async up(q: QueryRunner): Promise<void> {
    for (const [line, month, done, total] of [
      ["budget_line", "budget_line_month", "executed_to_date", "executed"],
      ["revenue_line", "revenue_line_month", "received_to_date", "received"],
    ]) {
      await q.query(`
        WITH reports AS (
          SELECT l.fiscal_year, min(m.month) AS first, max(m.month) AS latest
            FROM budget.${line} l JOIN budget.${month} m ON m.line_id = l.id GROUP BY l.fiscal_year)
        UPDATE budget.${line} l SET
          approved = coalesce((SELECT plan FROM budget.${month} WHERE line_id = l.id AND month = r.first), 0),
          amended = coalesce((SELECT plan FROM budget.${month} WHERE line_id = l.id AND month = r.latest), 0),
          ${total} = coalesce((SELECT ${done} FROM budget.${month} WHERE line_id = l.id AND month = r.latest), 0)
          FROM reports r
         WHERE l.fiscal_year = r.fiscal_year AND EXISTS (SELECT 1 FROM budget.${month} WHERE line_id = l.id)`);
    }
  }

  async down(): Promise<void> {
    // The earlier amounts are not kept; the months they came from are unchanged.
  }
}
