import { signedIn, STAFF_ROLES, withRole } from "../../common/authorization";
import type { SqlParams } from "../../common/sql-params";
import type { Viewer } from "../../common/viewer";
import { AccessLevel } from "../entities/document-enums";
import type { CityDocument } from "../entities/document.entity";
import type { Resolution } from "../entities/resolution.entity";
import { documentErrors } from "../errors";

/*
 * Who may do what in the document flow, in one place: the roles a field needs (its
 * `@Authorized` rule, below) and the rules that depend on the data (which department, whose
 * resolution, access levels), which services ask before they act.
 */

/** Search beyond public documents; what each caller finds is documentScopeSql. */
export const SEARCH_DOCUMENTS = signedIn("search the council's documents; publicDocuments needs no sign-in");
/** Registration; in which department, canRegisterIn. */
export const REGISTER_DOCUMENTS = signedIn("register documents");
/** Putting resolutions; on which document, canPutResolution. */
export const PUT_RESOLUTIONS = signedIn("put resolutions on documents");
/** Completing, accepting and returning; which resolution, canCompleteResolution and canControlResolution. */
export const WORK_ON_RESOLUTIONS = signedIn("work on resolutions");
/** Adding file versions (the /files route); to which document, canUpload. */
export const UPLOAD_FILES = signedIn("upload files");
/** One's own open resolutions; also only as a Staff row (staffIdFor). */
export const MY_ASSIGNMENTS = signedIn("see your assignments");
export const CONTROL_STATISTICS = withRole(
  ["manager", "analyst", "admin"],
  "see control statistics",
  "Control statistics are for managers, analysts and admins",
);
export const AUDIT_TRAIL = withRole(["admin"], "read the audit trail", "The audit trail is for admins");
/** Roles tell who holds which powers (who is an admin): staff only, on every path to a Staff. */
export const ROLES_OF_STAFF = withRole(
  STAFF_ROLES,
  "see the roles of staff",
  "The roles of staff are visible to staff only",
);
/** For the appeals subgraph, as the caller answering an appeal; which letter, linkAnswerLetter's checks. */
export const LINK_ANSWER_LETTERS = withRole(
  STAFF_ROLES,
  "link answer letters",
  "Only staff answering an appeal link its answer letter",
);

/**
 * The one rule for reading a document beyond its registration stamp: PUBLIC to anyone, INTERNAL
 * to council staff, RESTRICTED to staff of its department and admins. An answer letter to a
 * citizen's appeal names the applicant, so whatever its level it is read by the appeal's handlers
 * (its executor, clerks and managers of its department) and admins only.
 */
export function canReadDocument(viewer: Viewer, doc: CityDocument): boolean {
  if (viewer.has("admin")) return true;
  if (doc.answerAppealId !== null) return handlesAnsweredAppeal(viewer, doc);
  if (doc.accessLevel === AccessLevel.PUBLIC) return true;
  const staff = viewer.has("clerk", "executor", "manager", "analyst");
  if (doc.accessLevel === AccessLevel.INTERNAL) return staff;
  return staff && viewer.departmentId !== null && viewer.departmentId === doc.departmentId;
}

/** The handlers of the appeal an answer letter answers: its executor, clerks and managers of its department. */
function handlesAnsweredAppeal(viewer: Viewer, doc: CityDocument): boolean {
  if (viewer.has("executor") && doc.answerExecutorId !== null && viewer.staffId === doc.answerExecutorId) return true;
  return (
    viewer.has("clerk", "manager") && doc.answerDepartmentId !== null && viewer.departmentId === doc.answerDepartmentId
  );
}

/** True when reading the document's content is recorded in the audit trail (restricted content, applicants' names). */
export const isAuditedRead = (doc: CityDocument): boolean =>
  doc.accessLevel === AccessLevel.RESTRICTED || doc.answerAppealId !== null;

/** What anyone may find in public search: PUBLIC documents that answer no appeal. */
export const PUBLIC_SCOPE_SQL = "(d.access_level = 'PUBLIC' AND d.answer_appeal_id IS NULL)";

/** canReadDocument as an SQL condition on alias `d` (list queries must agree with it). */
export function documentScopeSql(viewer: Viewer, params: SqlParams): string {
  if (viewer.has("admin")) return "true";
  if (!viewer.has("clerk", "executor", "manager", "analyst")) return PUBLIC_SCOPE_SQL;
  const own = viewer.departmentId === null ? "false" : `d.department_id = ${params.add(viewer.departmentId)}`;
  const handles: string[] = [];
  if (viewer.has("executor") && viewer.staffId !== null)
    handles.push(`d.answer_executor_id = ${params.add(viewer.staffId)}`);
  if (viewer.has("clerk", "manager") && viewer.departmentId !== null)
    handles.push(`d.answer_department_id = ${params.add(viewer.departmentId)}`);
  const level = `(d.access_level IN ('PUBLIC', 'INTERNAL') OR (d.access_level = 'RESTRICTED' AND ${own}))`;
  return `(d.answer_appeal_id IS NULL AND ${level} OR d.answer_appeal_id IS NOT NULL AND ${handles.length ? `(${handles.join(" OR ")})` : "false"})`;
}

/** Clerks and managers register documents of their own department; admins of any. */
export const canRegisterIn = (viewer: Viewer, departmentId: number): boolean =>
  viewer.has("admin") || (viewer.has("clerk", "manager") && viewer.departmentId === departmentId);

/** The head (a manager of the document's department) or an admin puts resolutions on it. */
export const canPutResolution = (viewer: Viewer, doc: CityDocument): boolean =>
  viewer.has("admin") || (viewer.has("manager") && viewer.departmentId === doc.departmentId);

/** Only the responsible executor (the resolution's first) completes it. */
export const canCompleteResolution = (viewer: Viewer, responsibleStaffId: number | undefined): boolean =>
  viewer.staffId !== null && viewer.staffId === responsibleStaffId;

/** The controller who put the resolution, or an admin, accepts or returns its report. */
export const canControlResolution = (viewer: Viewer, resolution: Resolution): boolean =>
  viewer.has("admin") || viewer.staffId === resolution.authorId;

/** Staff of the document's department (or admins) add file versions. */
export const canUpload = (viewer: Viewer, doc: CityDocument): boolean =>
  viewer.has("admin") || (viewer.has("clerk", "executor", "manager") && viewer.departmentId === doc.departmentId);

/** The caller's Staff id, for what only a member of staff on record does; FORBIDDEN with `refusal` otherwise. */
export function staffIdFor(viewer: Viewer, refusal: string): number {
  if (viewer.staffId === null) throw documentErrors.forbidden(refusal);
  return viewer.staffId;
}
