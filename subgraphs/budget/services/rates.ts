/** A ratio for display (4 decimals); the amounts themselves stay exact decimal strings. */
export const rate = (part: string, whole: string): number | null =>
  Number(whole) > 0 ? Math.round((Number(part) / Number(whole)) * 10_000) / 10_000 : null;

/** Expenditure sums with their execution rate (executed / amended). */
export const withRate = <T extends { approved: string; amended: string; executed: string }>(
  sums: T,
): T & { executionRate: number | null } => ({
  ...sums,
  executionRate: rate(sums.executed, sums.amended),
});
