import { kyivDate, kyivYear } from "./calendar";

const DAY = 86_400_000;
/** Held instants: the span before the year's start they come from (older ones share its start), and its shrinking. */
const HELD_SPAN = 100 * DAY;
const HELD_SCALE = 100_000;

/**
 * The demo seeds' clock: their "now" (injectable, for tests) and the back-dating of the demo history.
 *
 * Registration journals number per Kyiv year of registration, so a history back-dated across New
 * Year would split each journal in two and renumber the demo city in the first weeks of a year.
 * Contract: no instant this clock gives precedes 00:00 of 1 January in Kyiv of `now`'s Kyiv year, nor
 * follows `now`; back-dating that would reach further is held in the year's first minutes, in its
 * order, so the steps of one item and of items after another keep their order.
 * Once `now` is further into the year than the history reaches back (the demo's longest: 90 days)
 * nothing is held. Before that the demo keeps its ids, numbers, statuses and links, but deadlines
 * need time: nothing received since 1 January can be past a 30-day term before February.
 * With `holdWithinYear: false` nothing is held: the history keeps its distances from `now` and may
 * begin in the previous year (its journals then split in two), as tests that need the deadline
 * facts of a mid-year seed on any day ask for.
 */
export class DemoClock {
  /** 00:00 of 1 January in Kyiv (always winter time, UTC+2) of `now`'s Kyiv year. */
  readonly yearStart: Date;

  constructor(
    readonly now: Date = new Date(),
    readonly holdWithinYear = true,
  ) {
    this.yearStart = new Date(`${kyivYear(now)}-01-01T00:00:00+02:00`);
  }

  /** `days` before now, then `plusMs` later (e.g. the hour after a registration), held within the year. */
  ago(days: number, plusMs = 0): Date {
    return this.clamp(new Date(this.now.getTime() - days * DAY + plusMs));
  }

  /** An instant held within [yearStart, now] (or only before now, when not held within the year). */
  clamp(at: Date): Date {
    if (!this.holdWithinYear) return new Date(Math.min(at.getTime(), this.now.getTime()));
    const start = this.yearStart.getTime();
    // Held instants keep their order in the year's first 87 s (a hundred-thousandth of the 100 days
    // before it), so "received before" and "answered after" still hold between held steps.
    const before = Math.min(start - at.getTime(), HELD_SPAN);
    const held = before <= 0 ? at.getTime() : start + Math.ceil((HELD_SPAN - before) / HELD_SCALE);
    return new Date(Math.min(held, this.now.getTime()));
  }

  /** Today in Kyiv at `now`. */
  today(): string {
    return kyivDate(this.now);
  }
}
