import { kyivDate, kyivYear } from "./calendar";

const DAY = 86_400_000;

/**
 * The demo seeds' clock: their "now" (injectable, for tests) and the back-dating of the demo history.
 *
 * Registration journals number per Kyiv year of registration, so a history back-dated across New
 * Year would split each journal in two and renumber the demo city in the first weeks of a year.
 * Contract: no instant this clock gives precedes 00:00 of 1 January in Kyiv of `now`'s Kyiv year, nor
 * follows `now`; back-dating that would reach further is held at the year's start. Clamping is
 * monotonic, so the steps of one item keep their order (steps held at the year's start share it).
 * Once `now` is further into the year than the history reaches back (the demo's longest: 90 days)
 * nothing is held. Before that the demo keeps its ids, numbers, statuses and links, but deadlines
 * need time: nothing received since 1 January can be past a 30-day term before February.
 */
export class DemoClock {
  /** 00:00 of 1 January in Kyiv (always winter time, UTC+2) of `now`'s Kyiv year. */
  readonly yearStart: Date;

  constructor(readonly now: Date = new Date()) {
    this.yearStart = new Date(`${kyivYear(now)}-01-01T00:00:00+02:00`);
  }

  /** `days` before now, then `plusMs` later (e.g. the hour after a registration), held within the year. */
  ago(days: number, plusMs = 0): Date {
    return this.clamp(new Date(this.now.getTime() - days * DAY + plusMs));
  }

  /** An instant held within [yearStart, now]. */
  clamp(at: Date): Date {
    return new Date(Math.min(Math.max(at.getTime(), this.yearStart.getTime()), this.now.getTime()));
  }

  /** Today in Kyiv at `now`. */
  today(): string {
    return kyivDate(this.now);
  }
}
