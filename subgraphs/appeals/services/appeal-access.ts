import { departmentOf, hasAnyRole, staffIdOf, type Identity } from "../../common/identity";
import type { SqlParams } from "../../common/sql-params";
import type { AppealsContext } from "../context";
import type { Appeal } from "../entities/appeal.entity";

/**
 * Who may see and do what with appeals (Law "On Citizens' Appeals": personal data only to those
 * who handle the appeal). One place for the rules; list queries use appealScopeSql, which must
 * say the same as canSeeAppeal.
 */

/** The caller, with the appeals office: the department that registers appeals (APPEALS_OFFICE_DEPARTMENT_ID). */
export type AppealsViewer = Identity & { officeDepartmentId: number };

export function appealsViewer(ctx: AppealsContext): AppealsViewer {
  if (!ctx.config.appeals)
    throw new Error("appeals config missing: loadSubgraphConfig reads it for the appeals subgraph");
  return { ...ctx.viewer, officeDepartmentId: ctx.config.appeals.officeDepartmentId };
}

/** Clerks and managers of the appeals office: they see and route appeals until a department has them. */
const inOffice = (v: AppealsViewer) => hasAnyRole(v, "clerk", "manager") && departmentOf(v) === v.officeDepartmentId;

/** The citizen who filed it, its executor, clerks and managers of its department (of the appeals office while it has none), admins. */
export function canSeeAppeal(v: AppealsViewer, a: Appeal): boolean {
  if (hasAnyRole(v, "admin")) return true;
  if (hasAnyRole(v, "citizen") && v.sub !== null && a.citizenSub === v.sub) return true;
  if (hasAnyRole(v, "executor") && a.executorId !== null && a.executorId === staffIdOf(v)) return true;
  if (hasAnyRole(v, "clerk", "manager") && a.departmentId !== null && a.departmentId === departmentOf(v)) return true;
  return a.departmentId === null && inOffice(v);
}

/** Routing: clerks and managers of the appeal's department (of the appeals office while it has none), admins. */
export function canAssign(v: AppealsViewer, a: Appeal): boolean {
  if (hasAnyRole(v, "admin")) return true;
  if (a.departmentId === null) return inOffice(v);
  return hasAnyRole(v, "clerk", "manager") && a.departmentId === departmentOf(v);
}

/** Working on it (start, answer, close, forward, reject): its executor and those who may route it. */
export function canWork(v: AppealsViewer, a: Appeal): boolean {
  return canAssign(v, a) || (hasAnyRole(v, "executor") && a.executorId !== null && a.executorId === staffIdOf(v));
}

/** A longer term is the head's decision (art. 20): managers of its department, admins. */
export function canExtend(v: Identity, a: Appeal): boolean {
  return (
    hasAnyRole(v, "admin") ||
    (hasAnyRole(v, "manager") && a.departmentId !== null && a.departmentId === departmentOf(v))
  );
}

export const canSeeStatistics = (v: Identity) => hasAnyRole(v, "manager", "analyst", "admin");

/** May list appeals at all (analysts see statistics only). */
export const canListAppeals = (v: Identity) => hasAnyRole(v, "citizen", "clerk", "executor", "manager", "admin");

/** canSeeAppeal as an SQL condition on table alias `a`. */
export function appealScopeSql(v: AppealsViewer, params: SqlParams): string {
  if (hasAnyRole(v, "admin")) return "true";
  const parts: string[] = [];
  if (hasAnyRole(v, "citizen") && v.sub !== null) parts.push(`a.citizen_sub = ${params.add(v.sub)}`);
  if (hasAnyRole(v, "executor") && staffIdOf(v) !== null) parts.push(`a.executor_id = ${params.add(staffIdOf(v))}`);
  if (hasAnyRole(v, "clerk", "manager") && departmentOf(v) !== null)
    parts.push(`a.department_id = ${params.add(departmentOf(v))}`);
  if (inOffice(v)) parts.push("a.department_id IS NULL");
  return parts.length ? `(${parts.join(" OR ")})` : "false";
}
