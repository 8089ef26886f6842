import { request, type GraphError, type GraphResult } from "../graphql";

/** How many lines one request asks for, and how many requests the chart makes at most. */
const PAGE = 100;
const MAX_PAGES = 50;

export interface MonthTotals {
  /** Per month 1..12 (index 0..11): the year's plan as it stood then, executed in the month, from 1 January. */
  plan: number[];
  executedInMonth: number[];
  executedToDate: number[];
  /** Whether the lines ran past MAX_PAGES pages and the sums are of the first ones only. */
  partial: boolean;
}

interface MonthsPage {
  budget: {
    lines: {
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { node: { months: { month: number; plan: string; executedInMonth: string; executedToDate: string }[] } }[];
    };
  } | null;
}

/** Sums are kept in kopiykas (integers), so adding thousands of Decimals loses nothing. */
const cents = (decimal: string) => Math.round(Number(decimal) * 100);
const inHryvnias = (t: MonthTotals): MonthTotals => ({
  ...t,
  plan: t.plan.map((c) => c / 100),
  executedInMonth: t.executedInMonth.map((c) => c / 100),
  executedToDate: t.executedToDate.map((c) => c / 100),
});

/**
 * The year's monthly figures, summed over its expenditure lines (the graph gives months per line),
 * page by page through PortalBudgetMonths. Errors of any page fail the whole sum: a partial sum
 * would be a wrong figure.
 */
export async function fetchMonthTotals(
  year: number,
): Promise<{ totals: MonthTotals | null; errors: GraphError[]; failure?: string }> {
  const zero = () => Array.from({ length: 12 }, () => 0);
  const totals: MonthTotals = { plan: zero(), executedInMonth: zero(), executedToDate: zero(), partial: false };
  let after: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result: GraphResult<MonthsPage> = await request<MonthsPage>("PortalBudgetMonths", {
      year,
      first: PAGE,
      after,
    });
    if (result.failure || result.errors.length) return { totals: null, errors: result.errors, failure: result.failure };
    const lines = result.data?.budget?.lines;
    if (!lines) return { totals: null, errors: [] };
    for (const { node } of lines.edges)
      for (const m of node.months) {
        totals.plan[m.month - 1] += cents(m.plan);
        totals.executedInMonth[m.month - 1] += cents(m.executedInMonth);
        totals.executedToDate[m.month - 1] += cents(m.executedToDate);
      }
    if (!lines.pageInfo.hasNextPage) return { totals: inHryvnias(totals), errors: [] };
    after = lines.pageInfo.endCursor;
  }
  return { totals: { ...inHryvnias(totals), partial: true }, errors: [] };
}
