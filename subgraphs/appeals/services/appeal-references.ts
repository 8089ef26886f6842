import { badInput } from "../../common/errors";
import type { SubgraphClient } from "../../common/subgraph-client";

/**
 * Ids appeals keeps of documents' entities (departments, staff, answer letters) are checked with
 * documents, which owns them, as the caller (subgraph-client.ts): appeals never stores an id that
 * names nothing, nor a letter the caller may not read.
 */

const DEPARTMENT_AND_STAFF = `query AssignmentReferences($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Department { id name }
    ... on Staff { id fullName department { id } }
  }
}`;

type Entity = { id: string; name?: string; fullName?: string; department?: { id: string } } | null;

/**
 * The department exists, and so does the executor (when given), who works in that department;
 * else BAD_USER_INPUT naming `departmentId` or `executorId`. One request for both.
 */
export async function checkAssignment(
  documents: SubgraphClient,
  departmentId: number,
  executorId: number | null,
): Promise<void> {
  const representations: { __typename: string; id: string }[] = [
    { __typename: "Department", id: String(departmentId) },
  ];
  if (executorId !== null) representations.push({ __typename: "Staff", id: String(executorId) });
  const { _entities: entities } = await documents<{ _entities: Entity[] }>(DEPARTMENT_AND_STAFF, { representations });
  const [department, executor] = entities;
  if (!department)
    throw badInput(
      "departmentId",
      `There is no department ${departmentId}; choose one of the council's departments (the departments query lists them)`,
    );
  if (executorId === null) return;
  if (!executor)
    throw badInput(
      "executorId",
      `There is no member of staff ${executorId}; choose an executor among the staff of department ${departmentId}`,
    );
  if (executor.department?.id !== String(departmentId)) {
    throw badInput(
      "executorId",
      `${executor.fullName} (staff ${executorId}) works in department ${executor.department?.id}, not in ${department.name} (${departmentId}); choose an executor of department ${departmentId}, or assign the appeal to department ${executor.department?.id}`,
    );
  }
}

const LINK_ANSWER_LETTER = `mutation LinkAnswerLetter($documentId: ID!, $appealId: ID!, $departmentId: ID, $executorId: ID) {
  linkAnswerLetter(documentId: $documentId, appealId: $appealId, departmentId: $departmentId, executorId: $executorId) { id }
}`;

/** Who handles an appeal: documents shows its answer letter to them (and admins) only. */
export interface AppealHandlers {
  appealId: number;
  departmentId: number | null;
  executorId: number | null;
}

/**
 * Marks the document as the appeal's answer letter in documents, which first checks that it
 * exists, that the caller may read it and that it is an outgoing letter not answering another
 * appeal (BAD_USER_INPUT naming `documentId` otherwise); from then on documents shows it to the
 * appeal's handlers and admins only.
 */
export async function linkAnswerLetter(
  documents: SubgraphClient,
  documentId: number,
  handlers: AppealHandlers,
): Promise<void> {
  await documents(LINK_ANSWER_LETTER, {
    documentId: String(documentId),
    appealId: String(handlers.appealId),
    departmentId: handlers.departmentId === null ? null : String(handlers.departmentId),
    executorId: handlers.executorId === null ? null : String(handlers.executorId),
  });
}
