import { hasAnyRole, type Identity } from "../../common/identity";
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
