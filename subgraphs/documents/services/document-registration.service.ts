import type { DataSource, EntityManager } from "typeorm";
import { kyivYear } from "../../common/calendar";
import { badInput, parseId } from "../../common/errors";
import { yearlyCounter } from "../../common/yearly-counter";
import { audit, type Actor } from "./audit.service";
import { canRegisterIn } from "./document-access";
import { Department } from "../entities/department.entity";
import { DocumentStatus } from "../entities/document-enums";
import { CityDocument } from "../entities/document.entity";
import { documentErrors } from "../errors";
import type { RegisterDocumentInput } from "../inputs/register-document.input";

/** Each journal (document kind) numbers its documents from 1 every Kyiv year. */
const nextJournalNumber = yearlyCounter("documents.journal_counter", "kind");

/**
 * Registers a document once: the next number of its journal (kind) and year, taken from a
 * counter row in the same transaction, so numbers are unique and never skipped or reused, also
 * under concurrent registrations. The index is "<number>/<file index>" (e.g. "865/03-8").
 * Clerks and managers register for their own department; admins for any. Audited.
 * `registeredAt` is now, but for the demo seed's history (its Kyiv year picks the journal's year).
 */
export async function registerDocument(
  db: DataSource | EntityManager,
  actor: Actor,
  input: RegisterDocumentInput,
  registeredAt: Date = new Date(),
): Promise<CityDocument> {
  const { viewer } = actor;
  const departmentId = parseId(input.departmentId, "departmentId");
  if (!canRegisterIn(viewer, departmentId))
    throw documentErrors.forbidden("Clerks and managers register documents of their own department");
  const department = await db.getRepository(Department).findOneBy({ id: departmentId });
  if (!department) throw badInput("departmentId", `Department ${departmentId} does not exist`);
  const fileIndex = input.fileIndex ?? department.code.slice(0, 2);
  return db.transaction(async (m) => {
    const year = kyivYear(registeredAt);
    const seq = await nextJournalNumber(m, year, input.kind);
    const doc = await m.getRepository(CityDocument).save(
      m.getRepository(CityDocument).create({
        kind: input.kind,
        registrationYear: year,
        registrationSeq: seq,
        fileIndex,
        registrationNumber: `${seq}/${fileIndex}`,
        registeredAt,
        title: input.title.trim(),
        summary: input.summary?.trim() || null,
        correspondent: input.correspondent?.trim() || null,
        departmentId,
        accessLevel: input.accessLevel,
        status: DocumentStatus.REGISTERED,
        registeredBy: viewer.staffId,
      }),
    );
    await audit(m, actor, "REGISTER", "Document", doc.id, {
      kind: doc.kind,
      registrationNumber: doc.registrationNumber,
      accessLevel: doc.accessLevel,
    });
    return doc;
  });
}
