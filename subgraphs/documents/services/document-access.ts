import { hasAnyRole, type Identity } from "../../common/identity";
import type { SqlParams } from "../../common/sql-params";
import { AccessLevel } from "../entities/document-enums";
import type { CityDocument } from "../entities/document.entity";

/**
 * The one rule for reading a document beyond its registration stamp: PUBLIC to anyone, INTERNAL
 * to council staff, RESTRICTED to staff of its department and admins.
 */
export function canReadDocument(viewer: Identity, doc: CityDocument): boolean {
  if (doc.accessLevel === AccessLevel.PUBLIC) return true;
  if (hasAnyRole(viewer, "admin")) return true;
  const staff = hasAnyRole(viewer, "clerk", "executor", "manager", "analyst");
  if (doc.accessLevel === AccessLevel.INTERNAL) return staff;
  return staff && viewer.departmentId !== null && Number(viewer.departmentId) === doc.departmentId;
}

/** canReadDocument as an SQL condition on alias `d` (list queries must agree with it). */
export function documentScopeSql(viewer: Identity, params: SqlParams): string {
  if (hasAnyRole(viewer, "admin")) return "true";
  if (!hasAnyRole(viewer, "clerk", "executor", "manager", "analyst")) return "d.access_level = 'PUBLIC'";
  const own = viewer.departmentId === null ? "false" : `d.department_id = ${params.add(Number(viewer.departmentId))}`;
  return `(d.access_level IN ('PUBLIC', 'INTERNAL') OR (d.access_level = 'RESTRICTED' AND ${own}))`;
}
