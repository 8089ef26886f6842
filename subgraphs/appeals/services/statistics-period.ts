import { kyivDays } from "../../common/day-range";
import { badInput } from "../../common/errors";

/** How a caller names the period statistics count: Kyiv days (since, until) or instants (from, to). */
export interface PeriodArgs {
  since?: string | null;
  until?: string | null;
  from?: Date | null;
  to?: Date | null;
}

/**
 * The period as instants [from, to): the Kyiv calendar days `since`..`until`, both inclusive, or
 * the instants `from`..`to` (the older, deprecated way). Exactly one way, and both of its ends.
 */
export function statisticsPeriod(args: PeriodArgs): { from: Date; to: Date } {
  const days = args.since != null && args.until != null;
  const instants = args.from != null && args.to != null;
  const given = [args.since, args.until, args.from, args.to].filter((v) => v != null).length;
  if (given !== 2 || (!days && !instants))
    throw badInput(
      "since",
      "Give the period as since and until (calendar days in Kyiv time), or as from and to (instants), not both",
    );
  if (instants) return { from: args.from!, to: args.to! };
  const range = kyivDays(args.since, args.until, { since: "since", until: "until" });
  return { from: range.from!, to: range.to! };
}
