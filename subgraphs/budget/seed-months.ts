import type { EntityManager } from "typeorm";

/**
 * Cumulative share of the year's execution reached by the end of each month (1..12), a council's usual rhythm:
 * slow January, even months, the December rush. Relative weights; the last reported month always reaches the
 * line's annual figure exactly.
 */
const WEIGHTS = [0.05, 0.07, 0.08, 0.08, 0.08, 0.09, 0.08, 0.08, 0.09, 0.09, 0.09, 0.12];

/** The month the demo amendment is adopted: earlier reports carry the approved plan, later ones the amended. */
const AMENDED_FROM = 6;

/**
 * Monthly reports of the demo lines of `year`, months 1..`through`, consistent with the annual amounts: the plan
 * is approved before June and amended from June, executed (or received) to date rises by WEIGHTS and equals the
 * line's annual executed (received) in month `through`. One statement per table.
 */
export async function seedDemoMonths(
  manager: EntityManager,
  kind: "budget" | "revenue",
  year: number,
  through: number,
): Promise<void> {
  const [line, month, done, total] =
    kind === "budget"
      ? ["budget_line", "budget_line_month", "executed_to_date", "executed"]
      : ["revenue_line", "revenue_line_month", "received_to_date", "received"];
  const reached = WEIGHTS.map((_, i) => WEIGHTS.slice(0, i + 1).reduce((a, w) => a + w, 0));
  const shares = reached.slice(0, through).map((r) => (r / reached[through - 1]).toFixed(6));
  await manager.query(
    `INSERT INTO budget.${month} (line_id, month, plan, ${done})
     SELECT l.id, s.month, CASE WHEN s.month < $3 THEN l.approved ELSE l.amended END,
            CASE WHEN s.month = $4 THEN l.${total} ELSE round(l.${total} * s.share, 2) END
       FROM budget.${line} l CROSS JOIN unnest($2::int[], $5::numeric[]) AS s(month, share)
      WHERE l.fiscal_year = $1`,
    [year, shares.map((_, i) => i + 1), AMENDED_FROM, through, shares],
  );
}
