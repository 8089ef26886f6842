import { GraphQLError } from "graphql";

/**
 * Errors a user can cause carry a stable `extensions.code` and a message a person can act on.
 * Anything else thrown is a broken assumption: it is masked before it leaves the service.
 */
export function userError(code: string, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

/**
 * The caller's input is invalid: BAD_USER_INPUT naming the field (`extensions.field`, a dotted
 * path such as "applicant.email") and listing every invalid field with its message
 * (`extensions.fields`), so a form can mark them all at once; the message is the first one's.
 */
export function badInput(field: string, message: string, more: { field: string; message: string }[] = []) {
  return userError("BAD_USER_INPUT", message, { field, fields: [{ field, message }, ...more] });
}

/** True for codes that are safe to show as they are; codes of subgraph-specific rules count too. */
export function isUserErrorCode(code: unknown): boolean {
  return typeof code === "string" && code !== "INTERNAL_SERVER_ERROR" && code !== "DOWNSTREAM_SERVICE_ERROR";
}

/**
 * Ids are PostgreSQL `integer` keys: 1 to 2^31 - 1, in decimal without a sign. The key of an id,
 * or null when it cannot be one; an entity reference (`__resolveReference`) with such an id names
 * no entity and resolves to null instead of failing the request.
 */
export function referenceId(value: string | number): number | null {
  const text = String(value);
  return /^[1-9]\d{0,9}$/.test(text) && Number(text) <= 2_147_483_647 ? Number(text) : null;
}

/** Parses a GraphQL ID that must be a positive integer key; bad input names the argument. */
export function parseId(value: string | number, field = "id"): number {
  const key = referenceId(value);
  if (key === null) {
    throw badInput(field, `${field} must be a positive integer id, got "${String(value).slice(0, 40)}"`);
  }
  return key;
}
