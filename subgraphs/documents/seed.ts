import type { EntityManager } from "typeorm";
import { addDays, kyivDate } from "../common/calendar";
import { DemoClock } from "../common/demo-clock";
import { viewerOf } from "../common/viewer";
import { Resolution } from "./entities/resolution.entity";
import { DEMO_ANSWER_LETTERS, DEMO_DOCUMENTS, DEMO_RESOLUTIONS } from "./seed-documents";
import { seedDemoStructure, staffActor } from "./seed-structure";
import { linkAnswerLetter } from "./services/answer-letter.service";
import type { Actor } from "./services/audit.service";
import { registerDocument } from "./services/document-registration.service";
import { addResolution } from "./services/resolution.service";
import { stepResolution } from "./services/resolution-workflow.service";
import { isWorkingDay, previousWorkingDay } from "./services/working-days";

/** The seed as the actor of what no one in particular did: an admin (registration, links); the trail names no one. */
const SEED: Actor = { viewer: viewerOf({ sub: null, roles: ["admin"], departmentId: null }), requestId: "demo-seed" };

const HOUR = 3_600_000;

/** The first working day on or after `date`. */
function nextWorkingDay(date: string): string {
  let day = date;
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return day;
}

/**
 * Loads the demo city: its departments and staff (seed-structure.ts), then documents, answer-letter
 * links and resolutions through the services the API calls, dated by `clock` (today by default; its
 * history never precedes 1 January, see DemoClock): registered in the order of DEMO_DOCUMENTS (so
 * ids 1-11 on a fresh database; numbers from each journal's counter), letters linked to their
 * appeals, resolutions put an hour after their document's registration by their authors and, when
 * done, completed and accepted on their day. A due date before the day a resolution is put (only
 * when the history is held at 1 January) moves to the first working day from then, as the API demands.
 */
export async function seedDocumentsDemo(manager: EntityManager, clock = new DemoClock()): Promise<void> {
  await seedDemoStructure(manager);
  const registeredDaysAgo = new Map<number, number>();
  for (const [
    id,
    kind,
    fileIndex,
    title,
    summary,
    correspondent,
    departmentId,
    accessLevel,
    daysAgo,
  ] of DEMO_DOCUMENTS) {
    const input = { kind, fileIndex, title, summary, correspondent, departmentId: String(departmentId), accessLevel };
    const doc = await registerDocument(manager, SEED, input, clock.ago(daysAgo));
    if (doc.id !== id) throw new Error(`Demo document ${id} was registered as ${doc.id}: seed an empty database`);
    registeredDaysAgo.set(id, daysAgo);
  }
  for (const [documentId, appealId, departmentId, executorId] of DEMO_ANSWER_LETTERS) {
    await linkAnswerLetter(manager, SEED, { documentId, appealId, departmentId, executorId });
  }
  for (const [documentId, authorId, executors, text, dueIn, onControl, status, earlyBy] of DEMO_RESOLUTIONS) {
    const put = clock.ago(registeredDaysAgo.get(documentId)!, HOUR);
    const planned = previousWorkingDay(addDays(clock.today(), dueIn));
    const dueDate = planned < kyivDate(put) ? nextWorkingDay(kyivDate(put)) : planned;
    const input = { text, executorIds: executors.map(String), dueDate, onControl };
    const { id } = await addResolution(manager, staffActor(authorId), String(documentId), input, put);
    if (earlyBy !== null) {
      const noon = new Date(`${addDays(dueDate, -earlyBy)}T12:00:00+02:00`);
      const done = clock.clamp(new Date(Math.max(noon.getTime(), put.getTime())));
      await stepResolution(manager, staffActor(executors[0]), String(id), "complete", "Виконано", done);
      if (onControl) await stepResolution(manager, staffActor(authorId), String(id), "accept", null, done);
    }
    const { status: reached } = await manager.getRepository(Resolution).findOneByOrFail({ id });
    if (reached !== status) throw new Error(`Demo resolution ${id} ends ${reached}, not ${status}`);
  }
}
