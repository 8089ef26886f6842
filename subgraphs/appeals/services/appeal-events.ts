import type { EntityManager } from "typeorm";
import type { AppealStatus } from "../entities/appeal-enums";

/** One step on an appeal's timeline (entities/appeal-event.entity.ts). */
export interface AppealEventEntry {
  appealId: number;
  /** The appeal's status after the step. */
  status: AppealStatus;
  /** The caller's `sub`; null for an anonymous applicant. */
  by: string | null;
  /** Shown to the citizen by tracking code: never personal data. */
  note: string;
  /** When it happened; the transaction's time (now()) when left out. */
  at?: Date;
}

/**
 * Records a step on the timeline. Call it in the transaction that makes the change, so the
 * timeline holds every change and nothing that was rolled back.
 */
export async function recordAppealEvent(m: EntityManager, e: AppealEventEntry): Promise<void> {
  await m.query(
    `INSERT INTO appeals.appeal_event (appeal_id, status, at, actor_sub, note) VALUES ($1, $2, coalesce($3, now()), $4, $5)`,
    [e.appealId, e.status, e.at ?? null, e.by, e.note],
  );
}
