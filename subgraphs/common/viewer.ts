import { ANONYMOUS, rowIdOf, type Identity, type Role } from "./identity";

/**
 * The caller as every subgraph's rules see it, parsed once per request from the identity the
 * gateway signed (createSubgraphContext). It says who the caller is; what they may do with which
 * data is each subgraph's access module, and which roles a field needs is its `@Authorized` rule.
 */
export interface Viewer {
  /** The identity as the gateway signed it, forwarded as is when this subgraph calls another. */
  readonly identity: Identity;
  /** The token's `sub` (a citizen's subject, a staff member's id as text); null when anonymous. */
  readonly subject: string | null;
  readonly roles: readonly Role[];
  /** The Staff id of a staff token (its numeric `sub`); null for citizens, anonymous callers and other subjects. */
  readonly staffId: number | null;
  /** The token's department as a number; null when it names none. */
  readonly departmentId: number | null;
  /** A verified token came with the request. */
  readonly signedIn: boolean;
  /** Holds a role other than citizen. */
  readonly isStaff: boolean;
  /** True when the caller holds at least one of the roles. */
  has(...roles: Role[]): boolean;
}

/** The viewer of an identity (a plain frozen object, so access modules may extend it with a spread). */
export function viewerOf(identity: Identity): Viewer {
  const roles: readonly Role[] = Object.freeze([...identity.roles]);
  const isStaff = roles.some((r) => r !== "citizen");
  return Object.freeze({
    identity,
    subject: identity.sub,
    roles,
    staffId: isStaff && identity.sub !== null ? rowIdOf(identity.sub) : null,
    departmentId: identity.departmentId ? Number(identity.departmentId) : null,
    signedIn: identity.sub !== null,
    isStaff,
    has: (...wanted: Role[]) => roles.some((r) => wanted.includes(r)),
  });
}

export const ANONYMOUS_VIEWER: Viewer = viewerOf(ANONYMOUS);
