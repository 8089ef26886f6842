import { addDays, kyivDayStart } from "./calendar";
import { badInput } from "./errors";
import type { SqlParams } from "./sql-params";

/** The instants a filter compares with: from (inclusive) and to (exclusive), either end open. */
export interface InstantRange {
  from?: Date;
  to?: Date;
}

/**
 * The Kyiv calendar days `since`..`until`, both inclusive, as instants: from 00:00 Kyiv time of
 * `since` to 00:00 of the day after `until`. Either may be left out. `names` are the caller's
 * field names, for the refusal of an `until` before `since`.
 */
export function kyivDays(
  since: string | null | undefined,
  until: string | null | undefined,
  names: { since: string; until: string },
): InstantRange {
  if (since && until && until < since) throw badInput(names.until, `${names.until} must not be before ${names.since}`);
  return {
    ...(since ? { from: kyivDayStart(since) } : {}),
    ...(until ? { to: kyivDayStart(addDays(until, 1)) } : {}),
  };
}

/** `column >= from` and `column < to`, for the ends each range has (the day range and the older instant one alike). */
export function rangeConditions(column: string, p: SqlParams, ...ranges: InstantRange[]): string[] {
  return ranges.flatMap((r) => [
    ...(r.from ? [`${column} >= ${p.add(r.from)}`] : []),
    ...(r.to ? [`${column} < ${p.add(r.to)}`] : []),
  ]);
}
