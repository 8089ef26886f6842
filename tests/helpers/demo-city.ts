import { DEMO_LINES, DEMO_PROGRAMS } from "../../subgraphs/budget/seed";
import { DEMO_TENDERS } from "../../subgraphs/procurement/seed";
import { kyivYear } from "../../subgraphs/common/calendar";

/** The current year in Kyiv, as the demo seed uses it. */
export { kyivYear };

const cents = (n: number) => Math.round(n * 100);
const money = (c: number) => `${Math.trunc(c / 100)}.${String(c % 100).padStart(2, "0")}`;

/**
 * A department's budget summary recomputed from the seed tables with integer cents, not with
 * the service's SQL, so a wrong aggregation in the service shows up.
 */
export function expectedBudgetSummary(departmentId: number, year: number) {
  let approved = 0;
  let amended = 0;
  let executed = 0;
  const share = year === kyivYear() ? 0.7333 : 0.96;
  DEMO_PROGRAMS.forEach(([, , dep], index) => {
    if (dep !== departmentId) return;
    for (const [, , base] of DEMO_LINES) {
      const a = cents(Math.round(base * (1 + index / 10)));
      const am = index % 2 === 0 ? Math.round(a * 1.05) : a;
      approved += a;
      amended += am;
      executed += Math.round(am * share);
    }
  });
  const rate = amended > 0 ? Math.round((executed / amended) * 10_000) / 10_000 : null;
  return { approved: money(approved), amended: money(amended), executed: money(executed), executionRate: rate };
}

/** Ids (newest first) of a department's seeded tenders with the given OCDS status. */
export function expectedTenderIds(departmentId: number, status: string): string[] {
  return DEMO_TENDERS.map((t, i) => ({ id: i + 1, t }))
    .filter(({ t }) => t.departmentId === departmentId && t.status === status)
    .sort((a, b) => a.t.daysAgo - b.t.daysAgo || b.id - a.id)
    .map(({ id }) => String(id));
}
