import DataLoader from "dataloader";
import { In, type DataSource } from "typeorm";
import type { Actor } from "../../common/audit-trail";
import { manyByKey } from "../../common/loaders";
import { AppealEvent } from "../entities/appeal-event.entity";
import { EMPTY_APPEAL_STATS, type AppealStats } from "../entities/appeal-stats.type";
import { appealStatsByDepartment } from "../services/appeal-stats.service";
import { earlierAppealsOf } from "../services/appeal-repeats.service";
import { recordPersonalDataReads } from "../services/personal-data-reads";
import type { Appeal } from "../entities/appeal.entity";

/** One DataLoader per relation of the appeals subgraph, made fresh for each request. */
export function createAppealLoaders(db: DataSource, actor: Actor) {
  return {
    statsByDepartment: new DataLoader<number, AppealStats>(async (ids) => {
      const stats = await appealStatsByDepartment(db, ids);
      return ids.map((id) => stats.get(id) ?? EMPTY_APPEAL_STATS);
    }),
    /** Records the appeals whose personal data this request read: one row per request (personal-data-reads.ts). */
    personalDataReads: new DataLoader<number, true>(async (ids) => {
      await recordPersonalDataReads(db, actor, ids);
      return ids.map(() => true as const);
    }),
    /** Every earlier appeal of the same applicant (art. 8), whether or not the caller may open it. */
    earlierByAppeal: new DataLoader<number, Appeal[]>(async (ids) => {
      const links = await earlierAppealsOf(db, ids);
      return ids.map((id) => links.filter((l) => l.appealId === id).map((l) => l.earlier));
    }),
    timelineByAppeal: manyByKey(
      (ids: readonly number[]) =>
        db.getRepository(AppealEvent).find({ where: { appealId: In([...ids]) }, order: { id: "ASC" } }),
      (e) => e.appealId,
    ),
  };
}

export type AppealLoaders = ReturnType<typeof createAppealLoaders>;
