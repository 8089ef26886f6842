import type { AuthCheckerFn } from "type-graphql";
import { userError } from "./errors";
import { ROLES, type Role } from "./identity";
import type { Viewer } from "./viewer";

/**
 * Who may use a field, and what a refused caller reads: the one argument of type-graphql's
 * `@Authorized(rule)` on a query, mutation, field resolver or resolver class. Each subgraph names
 * its rules once, in its access module. Rules that depend on the data (which department, whose
 * appeal, access levels) are not roles: they stay in the access module's functions.
 */
export interface AccessRule {
  /** Any one of these roles; empty: any signed-in caller. */
  readonly roles: readonly Role[];
  /** Completes "Sign in to …", the UNAUTHENTICATED message for an anonymous caller. */
  readonly signInTo: string;
  /** The FORBIDDEN message for a signed-in caller without the roles. */
  readonly forbidden: string;
}

/** Any signed-in caller. */
export const signedIn = (signInTo: string): AccessRule => ({ roles: [], signInTo, forbidden: "" });

/** A signed-in caller with one of the roles. */
export const withRole = (roles: readonly Role[], signInTo: string, forbidden: string): AccessRule => ({
  roles,
  signInTo,
  forbidden,
});

/** Every role but citizen: council staff. */
export const STAFF_ROLES: readonly Role[] = ROLES.filter((r) => r !== "citizen");

/**
 * Refuses a caller the rule does not admit: UNAUTHENTICATED when anonymous, FORBIDDEN without
 * the roles. For paths outside GraphQL (documents' /files); fields use `@Authorized(rule)`.
 */
export function assertAllowed(viewer: Viewer, rule: AccessRule): void {
  if (!viewer.signedIn) throw userError("UNAUTHENTICATED", `Sign in to ${rule.signInTo}`);
  if (rule.roles.length > 0 && !viewer.has(...rule.roles)) throw userError("FORBIDDEN", rule.forbidden);
}

/**
 * The authChecker of every subgraph (buildFederatedSchema). It throws the refusal itself
 * (assertAllowed), so the code says why. Thrown in the field's resolver, a refusal makes a
 * nullable field null with the error and a non-null one fail its parent, as an error thrown by
 * the resolver itself would.
 */
export const authChecker: AuthCheckerFn<{ viewer: Viewer }, AccessRule> = ({ context }, rules) => {
  const [rule] = rules;
  if (rules.length !== 1 || typeof rule !== "object")
    throw new Error("@Authorized takes exactly one AccessRule (common/authorization.ts)");
  assertAllowed(context.viewer, rule);
  return true;
};
