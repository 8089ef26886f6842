import type { DataSource, EntityManager } from "typeorm";
import { badInput, parseId } from "../../common/errors";
import { audit, type Actor } from "./audit.service";
import { DocumentStatus, ResolutionStatus } from "../entities/document-enums";
import { Resolution } from "../entities/resolution.entity";
import { documentErrors } from "../errors";
import { REPORT_MAX_LENGTH } from "../limits";
import { canCompleteResolution, canControlResolution } from "./document-access";

type Step = "complete" | "accept" | "return";

const RULES: Record<Step, { from: ResolutionStatus; verb: string }> = {
  complete: { from: ResolutionStatus.OPEN, verb: "completed" },
  accept: { from: ResolutionStatus.REPORTED, verb: "accepted" },
  return: { from: ResolutionStatus.REPORTED, verb: "returned" },
};

/**
 * Moves a resolution one step: the responsible executor completes it with a report (DONE, or
 * REPORTED when it is on control); the controller (its author) or an admin accepts the report
 * (DONE) or returns it (OPEN again). Optimistic lock on `version`; when the last resolution of a
 * document is done, the document is DONE. Every step is audited. `at` (when the step is taken)
 * is the transaction's now(), but for the demo seed's history.
 */
export async function stepResolution(
  db: DataSource | EntityManager,
  actor: Actor,
  id: string,
  step: Step,
  text: string | null,
  at?: Date,
): Promise<Resolution> {
  const { viewer } = actor;
  const resolution = await db.getRepository(Resolution).findOneBy({ id: parseId(id) });
  if (!resolution) throw documentErrors.resolutionNotFound(id);
  if (step === "complete") {
    const [responsible] = await db.query(
      `SELECT staff_id FROM documents.resolution_executor WHERE resolution_id = $1 AND position = 0`,
      [resolution.id],
    );
    if (!canCompleteResolution(viewer, responsible?.staff_id))
      throw documentErrors.forbidden("Only the responsible executor completes a resolution");
  } else if (!canControlResolution(viewer, resolution)) {
    throw documentErrors.forbidden("Only the controller who put the resolution accepts or returns its report");
  }
  if (resolution.status !== RULES[step].from) throw documentErrors.resolutionState(resolution.status, RULES[step].verb);
  const report = text?.trim() ?? "";
  if (step === "complete" && (report.length < 3 || report.length > REPORT_MAX_LENGTH))
    throw badInput("report", `report must be 3 to ${REPORT_MAX_LENGTH} characters`);

  const next =
    step === "return"
      ? ResolutionStatus.OPEN
      : step === "complete" && resolution.onControl
        ? ResolutionStatus.REPORTED
        : ResolutionStatus.DONE;
  return db.transaction(async (m) => {
    const [rows] = await m.query(
      `UPDATE documents.resolution
          SET status = $3, version = version + 1,
              completed_at = CASE WHEN $4 = 'complete' THEN COALESCE($6::timestamptz, now()) WHEN $4 = 'return' THEN NULL ELSE completed_at END,
              report = CASE WHEN $4 = 'complete' THEN $5 ELSE report END,
              accepted_at = CASE WHEN $3 = 'DONE' THEN COALESCE($6::timestamptz, now()) ELSE accepted_at END
        WHERE id = $1 AND version = $2 RETURNING id`,
      [resolution.id, resolution.version, next, step, report, at ?? null],
    );
    if (rows.length === 0) throw documentErrors.conflict();
    await m.query(
      `UPDATE documents.document d SET status = CASE WHEN EXISTS
         (SELECT 1 FROM documents.resolution r WHERE r.document_id = d.id AND r.status <> 'DONE') THEN $2 ELSE $3 END
        WHERE d.id = $1`,
      [resolution.documentId, DocumentStatus.IN_WORK, DocumentStatus.DONE],
    );
    await audit(m, actor, `RESOLUTION_${step.toUpperCase()}`, "Resolution", resolution.id, {
      status: next,
      ...(step === "complete" ? { report } : {}),
    });
    return m.getRepository(Resolution).findOneByOrFail({ id: resolution.id });
  });
}
