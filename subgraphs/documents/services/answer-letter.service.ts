import type { DataSource, EntityManager } from "typeorm";
import { badInput } from "../../common/errors";
import { DOCUMENT_KIND_NAMES, DocumentKind } from "../entities/document-enums";
import { CityDocument } from "../entities/document.entity";
import { audit, type Actor } from "./audit.service";
import { canReadDocument } from "./document-access";

/** An appeal's answer letter and who handles the appeal, as the appeals subgraph states them. */
export interface AnswerLetterLink {
  documentId: number;
  appealId: number;
  departmentId: number | null;
  executorId: number | null;
}

/**
 * Marks a document as the answer letter of an appeal, on behalf of staff answering it (the
 * appeals subgraph calls this as the caller, within its answer transaction; the resolver admits
 * staff only, LINK_ANSWER_LETTERS). The letter must
 * exist, be readable by the caller, be an outgoing letter, and answer no other appeal; else
 * BAD_USER_INPUT naming `documentId` and nothing changes. From then on only the appeal's handlers
 * and admins read it (document-access.ts). Linking the same appeal again updates its handlers.
 * Audited.
 */
export async function linkAnswerLetter(
  db: DataSource | EntityManager,
  actor: Actor,
  link: AnswerLetterLink,
): Promise<CityDocument> {
  const doc = await db.getRepository(CityDocument).findOneBy({ id: link.documentId });
  if (!doc)
    throw badInput(
      "documentId",
      `There is no document ${link.documentId}; register the answer letter as an outgoing document first, then link it`,
    );
  if (!canReadDocument(actor.viewer, doc)) {
    throw badInput(
      "documentId",
      `You may not read document ${doc.registrationNumber} (id ${doc.id}), so it cannot be your answer letter; link a letter you registered or may read`,
    );
  }
  if (doc.kind !== DocumentKind.OUTGOING) {
    throw badInput(
      "documentId",
      `Document ${doc.registrationNumber} (id ${doc.id}) is a ${DOCUMENT_KIND_NAMES[doc.kind]}, not an outgoing letter; register the answer as an outgoing document (kind OUTGOING) and link that`,
    );
  }
  const alreadyAnswers = () =>
    badInput(
      "documentId",
      `Document ${doc.registrationNumber} (id ${doc.id}) already answers another appeal; register a letter of its own for this one`,
    );
  if (doc.answerAppealId !== null && doc.answerAppealId !== link.appealId) throw alreadyAnswers();
  return db.transaction(async (m) => {
    const [rows] = await m.query(
      `UPDATE documents.document SET answer_appeal_id = $2, answer_department_id = $3, answer_executor_id = $4
        WHERE id = $1 AND (answer_appeal_id IS NULL OR answer_appeal_id = $2) RETURNING id`,
      [doc.id, link.appealId, link.departmentId, link.executorId],
    );
    if (rows.length === 0) throw alreadyAnswers();
    await audit(m, actor, "LINK_ANSWER_LETTER", "Document", doc.id, {
      appealId: link.appealId,
      departmentId: link.departmentId,
      executorId: link.executorId,
    });
    return m.getRepository(CityDocument).findOneByOrFail({ id: doc.id });
  });
}
