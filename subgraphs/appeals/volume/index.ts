import type { EntityManager } from "typeorm";
import { atScale, type VolumeGenerator, type VolumePlan } from "../../common/volume";
import { ADVANCE_COUNTERS, INSERT_APPEALS, INSERT_EVENTS } from "./appeals.sql";

/** 100,000 appeals at scale 1 over the plan's years, with their timelines. */
async function generate(m: EntityManager, plan: VolumePlan): Promise<void> {
  const departments = (plan.facts.departments ?? []).filter((d) => d.staffIds.length > 0);
  if (departments.length === 0) throw new Error("seed:volume needs the documents subgraph's departments first");
  const from = new Date(Date.UTC(plan.years[0], 0, 1));
  const first = Number((await m.query(`SELECT coalesce(max(id), 0) + 1 AS n FROM appeals.appeal`))[0].n);
  const appeals = atScale(plan, 100_000);
  await m.query(INSERT_APPEALS, [from, plan.now, appeals, JSON.stringify(departments)]);
  await m.query(ADVANCE_COUNTERS);
  plan.report("appeals", appeals);
  await m.query(INSERT_EVENTS, [first, plan.now]);
  const events = await m.query(`SELECT count(*) AS n FROM appeals.appeal_event WHERE appeal_id >= $1`, [first]);
  plan.report("appeal events", Number(events[0].n));
}

/**
 * The appeals subgraph's share of a city at scale, routed to the departments and staff the
 * documents subgraph named.
 */
export const appealsVolume: VolumeGenerator = { after: ["documents"], generate };
