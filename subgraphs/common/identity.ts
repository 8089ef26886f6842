/** Roles a token may carry (the contract's `roles` claim). */
export const ROLES = ["citizen", "clerk", "executor", "manager", "analyst", "admin"] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who is calling, as the gateway established it. `sub` is null for anonymous callers.
 * Subgraphs receive it only through the signed envelope (envelope.ts).
 */
export interface Identity {
  sub: string | null;
  roles: Role[];
  departmentId: string | null;
}

export const ANONYMOUS: Identity = Object.freeze({ sub: null, roles: [], departmentId: null }) as Identity;

/** True when the identity holds at least one of the roles. */
export function hasAnyRole(identity: Identity, ...roles: Role[]): boolean {
  return identity.roles.some((r) => roles.includes(r));
}

/** The largest id a row can have: ids are PostgreSQL `integer` columns. */
export const MAX_ROW_ID = 2_147_483_647;

/** The text as a row id (1 … MAX_ROW_ID, decimal digits without a leading zero), else null. */
export function rowIdOf(text: string): number | null {
  return /^[1-9]\d{0,9}$/.test(text) && Number(text) <= MAX_ROW_ID ? Number(text) : null;
}

/** True for an identity of staff: any role other than citizen. */
export const isStaff = (identity: Identity): boolean => identity.roles.some((r) => r !== "citizen");

/** Staff tokens carry the Staff id as `sub`: the id, or null for citizens, anonymous callers and other subjects. */
export function staffIdOf(identity: Identity): number | null {
  return isStaff(identity) && identity.sub !== null ? rowIdOf(identity.sub) : null;
}

/** The department of a staff token, as a number. */
export const departmentOf = (identity: Identity): number | null => (identity.departmentId ? Number(identity.departmentId) : null);
