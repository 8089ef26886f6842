import { departmentOf, hasAnyRole, staffIdOf, type Identity } from "../../common/identity";
import type { SqlParams } from "../../common/sql-params";
import { AccessLevel } from "../entities/document-enums";
import type { CityDocument } from "../entities/document.entity";

/**
 * The one rule for reading a document beyond its registration stamp: PUBLIC to anyone, INTERNAL
 * to council staff, RESTRICTED to staff of its department and admins. An answer letter to a
 * citizen's appeal names the applicant, so whatever its level it is read by the appeal's handlers
 * (its executor, clerks and managers of its department) and admins only.
 */
export function canReadDocument(viewer: Identity, doc: CityDocument): boolean {
  if (hasAnyRole(viewer, "admin")) return true;
  if (doc.answerAppealId !== null) return handlesAnsweredAppeal(viewer, doc);
  if (doc.accessLevel === AccessLevel.PUBLIC) return true;
  const staff = hasAnyRole(viewer, "clerk", "executor", "manager", "analyst");
  if (doc.accessLevel === AccessLevel.INTERNAL) return staff;
  return staff && viewer.departmentId !== null && Number(viewer.departmentId) === doc.departmentId;
}

/** The handlers of the appeal an answer letter answers: its executor, clerks and managers of its department. */
function handlesAnsweredAppeal(viewer: Identity, doc: CityDocument): boolean {
  if (hasAnyRole(viewer, "executor") && doc.answerExecutorId !== null && staffIdOf(viewer) === doc.answerExecutorId)
    return true;
  return (
    hasAnyRole(viewer, "clerk", "manager") &&
    doc.answerDepartmentId !== null &&
    departmentOf(viewer) === doc.answerDepartmentId
  );
}

/** True when reading the document's content is recorded in the audit trail (restricted content, applicants' names). */
export const isAuditedRead = (doc: CityDocument): boolean =>
  doc.accessLevel === AccessLevel.RESTRICTED || doc.answerAppealId !== null;

/** What anyone may find in public search: PUBLIC documents that answer no appeal. */
export const PUBLIC_SCOPE_SQL = "(d.access_level = 'PUBLIC' AND d.answer_appeal_id IS NULL)";

/** canReadDocument as an SQL condition on alias `d` (list queries must agree with it). */
export function documentScopeSql(viewer: Identity, params: SqlParams): string {
  if (hasAnyRole(viewer, "admin")) return "true";
  if (!hasAnyRole(viewer, "clerk", "executor", "manager", "analyst")) return PUBLIC_SCOPE_SQL;
  const own = viewer.departmentId === null ? "false" : `d.department_id = ${params.add(Number(viewer.departmentId))}`;
  const handles: string[] = [];
  const staffId = staffIdOf(viewer);
  if (hasAnyRole(viewer, "executor") && staffId !== null) handles.push(`d.answer_executor_id = ${params.add(staffId)}`);
  const department = departmentOf(viewer);
  if (hasAnyRole(viewer, "clerk", "manager") && department !== null)
    handles.push(`d.answer_department_id = ${params.add(department)}`);
  const level = `(d.access_level IN ('PUBLIC', 'INTERNAL') OR (d.access_level = 'RESTRICTED' AND ${own}))`;
  return `(d.answer_appeal_id IS NULL AND ${level} OR d.answer_appeal_id IS NOT NULL AND ${handles.length ? `(${handles.join(" OR ")})` : "false"})`;
}
