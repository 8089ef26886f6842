import type { DataSource, EntityManager } from "typeorm";
import { parseId } from "../../common/errors";
import type { AppealStatus } from "../entities/appeal-enums";
import { Appeal } from "../entities/appeal.entity";
import { appealErrors } from "../errors";
import { recordAppealEvent } from "./appeal-events";
import { canAssign, canExtend, canSeeAppeal, canWork, type AppealsViewer } from "./appeal-access";
import { FINAL_STATUSES, TRANSITIONS, type AppealAction } from "./appeal-transitions";

/** What one action changes: columns of the appeal and the note on the citizen's timeline. */
export interface AppealChange {
  patch: Partial<Appeal>;
  note: string;
  /**
   * Another subgraph's part of the change (e.g. marking the answer letter in documents): run in
   * the transaction once the appeal's row is written and locked, so a refusal or an unreachable
   * subgraph rolls the whole action back.
   */
  afterWrite?: () => Promise<void>;
  /** When it happened on the timeline: now, but for the demo seed's history. */
  at?: Date;
}

const PERMISSION: Record<AppealAction, (v: AppealsViewer, a: Appeal) => boolean> = {
  assign: canAssign,
  start: canWork,
  answer: canWork,
  close: canWork,
  forward: canWork,
  reject: canWork,
  extend: canExtend,
  privilege: canAssign,
};

const COLUMNS: Partial<Record<keyof Appeal, string>> = {
  departmentId: "department_id",
  executorId: "executor_id",
  dueDate: "due_date",
  answeredAt: "answered_at",
  answerText: "answer_text",
  answerDocumentId: "answer_document_id",
  forwardedTo: "forwarded_to",
  rejectionReason: "rejection_reason",
  rejectionCode: "rejection_code",
  privilegeStatus: "privilege_status",
  privilegeCategory: "privilege_category",
};

/**
 * Applies one action to an appeal, or changes nothing and says why: NOT_FOUND when the caller
 * may not see it, FORBIDDEN when they may not do this, APPEAL_CLOSED / INVALID_TRANSITION for
 * the lifecycle, CONFLICT when it changed meanwhile (optimistic lock on `version`, also against
 * the version the client read, when given). `decide` may check with other subgraphs before
 * anything is written. The transition and its timeline entry are one transaction.
 */
export async function changeAppeal(
  db: DataSource | EntityManager,
  viewer: AppealsViewer,
  id: string,
  action: AppealAction,
  expectedVersion: number | null | undefined,
  decide: (appeal: Appeal) => AppealChange | Promise<AppealChange>,
): Promise<Appeal> {
  const appeal = await db.getRepository(Appeal).findOneBy({ id: parseId(id) });
  if (!appeal || !canSeeAppeal(viewer, appeal)) throw appealErrors.notFound(id);
  if (!PERMISSION[action](viewer, appeal))
    throw appealErrors.forbidden(`You may not have this appeal ${TRANSITIONS[action].verb}`);
  // A stale view is the real reason first: the client decided on a state that is gone.
  if (expectedVersion != null && expectedVersion !== appeal.version) throw appealErrors.conflict();
  const rule = TRANSITIONS[action];
  if (FINAL_STATUSES.includes(appeal.status)) throw appealErrors.closed(appeal.status);
  if (!rule.from.includes(appeal.status)) throw appealErrors.transition(appeal.status, rule.verb);
  const { patch, note, afterWrite, at } = await decide(appeal);
  const status: AppealStatus = rule.to === "same" ? appeal.status : rule.to;

  return db.transaction(async (m) => {
    const sets = ["status = $3", "version = version + 1"];
    const params: unknown[] = [appeal.id, appeal.version, status];
    for (const [key, value] of Object.entries(patch))
      sets.push(`${COLUMNS[key as keyof Appeal]} = $${params.push(value)}`);
    const [rows] = await m.query(
      `UPDATE appeals.appeal SET ${sets.join(", ")} WHERE id = $1 AND version = $2 RETURNING id`,
      params,
    );
    if (rows.length === 0) throw appealErrors.conflict();
    await recordAppealEvent(m, { appealId: appeal.id, status, by: viewer.subject, note, at });
    await afterWrite?.();
    return m.getRepository(Appeal).findOneByOrFail({ id: appeal.id });
  });
}
