/** Roles a token may carry (the contract's `roles` claim). */
export const ROLES = ["citizen", "clerk", "executor", "manager", "analyst", "admin"] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who is calling, as the gateway established it. `sub` is null for anonymous callers.
 * Subgraphs receive it only through the signed envelope (envelope.ts) and read it as a Viewer (viewer.ts).
 */
export interface Identity {
  sub: string | null;
  roles: Role[];
  departmentId: string | null;
}

export const ANONYMOUS: Identity = Object.freeze({ sub: null, roles: [], departmentId: null }) as Identity;

/** The largest id a row can have: ids are PostgreSQL `integer` columns. */
export const MAX_ROW_ID = 2_147_483_647;

/** The text as a row id (1 … MAX_ROW_ID, decimal digits without a leading zero), else null. */
export function rowIdOf(text: string): number | null {
  return /^[1-9]\d{0,9}$/.test(text) && Number(text) <= MAX_ROW_ID ? Number(text) : null;
}
