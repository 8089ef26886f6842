import { In, type DataSource, type EntityManager } from "typeorm";
import { kyivToday } from "../../common/calendar";
import { badInput, parseId } from "../../common/errors";
import { audit, type Actor } from "./audit.service";
import { CityDocument } from "../entities/document.entity";
import { DocumentStatus, ResolutionStatus } from "../entities/document-enums";
import { Resolution } from "../entities/resolution.entity";
import { ResolutionExecutor } from "../entities/resolution-executor.entity";
import { Staff } from "../entities/staff.entity";
import { documentErrors } from "../errors";
import type { ResolutionInput } from "../inputs/resolution.input";
import { canPutResolution, canReadDocument, staffIdFor } from "./document-access";
import { previousWorkingDay } from "./working-days";

/**
 * Puts a resolution on a document: the head (a manager of the document's department) or an
 * admin; executors must be staff; a due date on a day off moves to the preceding working day
 * and must not fall in the past. The document goes IN_WORK. Audited. `at` (when it is put, and
 * the day "the past" is counted from) is now, but for the demo seed's history.
 */
export async function addResolution(
  db: DataSource | EntityManager,
  actor: Actor,
  documentId: string,
  input: ResolutionInput,
  at?: Date,
): Promise<Resolution> {
  const { viewer } = actor;
  const doc = await db.getRepository(CityDocument).findOneBy({ id: parseId(documentId, "documentId") });
  if (!doc || !canReadDocument(viewer, doc)) throw documentErrors.documentNotFound(documentId);
  if (!canPutResolution(viewer, doc))
    throw documentErrors.forbidden("Resolutions are put by the head of the document's department");
  const authorId = staffIdFor(viewer, "Resolutions are put by a member of staff");
  const executorIds = input.executorIds.map((id) => parseId(id, "executorIds"));
  if (new Set(executorIds).size !== executorIds.length)
    throw badInput("executorIds", "executorIds must not repeat a person");
  const found = await db.getRepository(Staff).findBy({ id: In(executorIds) });
  const missing = executorIds.filter((id) => !found.some((s) => s.id === id));
  if (missing.length) throw badInput("executorIds", `No staff with id ${missing.join(", ")}`);
  const dueDate = previousWorkingDay(input.dueDate);
  if (dueDate < kyivToday(at))
    throw badInput("dueDate", `dueDate must not be in the past (${input.dueDate} falls on ${dueDate})`);
  return db.transaction(async (m) => {
    const resolution = await m.getRepository(Resolution).save(
      m.getRepository(Resolution).create({
        documentId: doc.id,
        text: input.text.trim(),
        dueDate,
        onControl: input.onControl,
        status: ResolutionStatus.OPEN,
        authorId,
        createdAt: at, // undefined: the column's default, now()
        version: 1,
      }),
    );
    await m
      .getRepository(ResolutionExecutor)
      .insert(executorIds.map((staffId, position) => ({ resolutionId: resolution.id, staffId, position })));
    await m.query(`UPDATE documents.document SET status = $2 WHERE id = $1`, [doc.id, DocumentStatus.IN_WORK]);
    await audit(m, actor, "RESOLUTION_ADD", "Resolution", resolution.id, {
      documentId: doc.id,
      executorIds,
      dueDate,
      onControl: input.onControl,
    });
    return m.getRepository(Resolution).findOneByOrFail({ id: resolution.id });
  });
}
