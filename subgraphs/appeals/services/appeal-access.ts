import { signedIn, withRole } from "../../common/authorization";
import type { SqlParams } from "../../common/sql-params";
import type { Viewer } from "../../common/viewer";
import type { AppealsContext } from "../context";
import type { Appeal } from "../entities/appeal.entity";

/**
 * Who may see and do what with appeals (Law "On Citizens' Appeals": personal data only to those
 * who handle the appeal). One place for the rules: the roles a field needs (its `@Authorized`
 * rule) and the rules per appeal; list queries use appealScopeSql, which must say the same as
 * canSeeAppeal.
 */

/** Transitions and privilege decisions: any signed-in caller; whether on this appeal, canAssign/canWork/canExtend. */
export const HANDLE_APPEALS = signedIn("handle appeals");

/** One appeal by id: any signed-in caller; whether this one, canSeeAppeal. */
export const SEE_APPEALS = signedIn("see appeals");

/** The list of appeals (analysts see statistics only); which appeals, appealScopeSql. */
export const LIST_APPEALS = withRole(
  ["citizen", "clerk", "executor", "manager", "admin"],
  "see appeals",
  "Your roles give access to appeal statistics, not to appeals",
);

/** Appeal statistics, of the city and of a department. */
export const APPEAL_STATISTICS = withRole(
  ["manager", "analyst", "admin"],
  "see appeal statistics",
  "Appeal statistics are for managers, analysts and admins",
);

/** The caller, with the appeals office: the department that registers appeals (APPEALS_OFFICE_DEPARTMENT_ID). */
export type AppealsViewer = Viewer & { officeDepartmentId: number };

export function appealsViewer(ctx: AppealsContext): AppealsViewer {
  if (!ctx.config.appeals)
    throw new Error("appeals config missing: loadSubgraphConfig reads it for the appeals subgraph");
  return { ...ctx.viewer, officeDepartmentId: ctx.config.appeals.officeDepartmentId };
}

/** Clerks and managers of the appeals office: they see and route appeals until a department has them. */
const inOffice = (v: AppealsViewer) => v.has("clerk", "manager") && v.departmentId === v.officeDepartmentId;

/** The citizen who filed it, its executor, clerks and managers of its department (of the appeals office while it has none), admins. */
export function canSeeAppeal(v: AppealsViewer, a: Appeal): boolean {
  if (v.has("admin")) return true;
  if (v.has("citizen") && v.subject !== null && a.citizenSub === v.subject) return true;
  if (v.has("executor") && a.executorId !== null && a.executorId === v.staffId) return true;
  if (v.has("clerk", "manager") && a.departmentId !== null && a.departmentId === v.departmentId) return true;
  return a.departmentId === null && inOffice(v);
}

/** Routing: clerks and managers of the appeal's department (of the appeals office while it has none), admins. */
export function canAssign(v: AppealsViewer, a: Appeal): boolean {
  if (v.has("admin")) return true;
  if (a.departmentId === null) return inOffice(v);
  return v.has("clerk", "manager") && a.departmentId === v.departmentId;
}

/** Working on it (start, answer, close, forward, reject): its executor and those who may route it. */
export function canWork(v: AppealsViewer, a: Appeal): boolean {
  return canAssign(v, a) || (v.has("executor") && a.executorId !== null && a.executorId === v.staffId);
}

/** A longer term is the head's decision (art. 20): managers of its department, admins. */
export function canExtend(v: Viewer, a: Appeal): boolean {
  return v.has("admin") || (v.has("manager") && a.departmentId !== null && a.departmentId === v.departmentId);
}

/** canSeeAppeal as an SQL condition on table alias `a`. */
export function appealScopeSql(v: AppealsViewer, params: SqlParams): string {
  if (v.has("admin")) return "true";
  const parts: string[] = [];
  if (v.has("citizen") && v.subject !== null) parts.push(`a.citizen_sub = ${params.add(v.subject)}`);
  if (v.has("executor") && v.staffId !== null) parts.push(`a.executor_id = ${params.add(v.staffId)}`);
  if (v.has("clerk", "manager") && v.departmentId !== null)
    parts.push(`a.department_id = ${params.add(v.departmentId)}`);
  if (inOffice(v)) parts.push("a.department_id IS NULL");
  return parts.length ? `(${parts.join(" OR ")})` : "false";
}
