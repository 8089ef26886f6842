import { GraphQLError } from "graphql";

/**
 * Errors a user can cause carry a stable `extensions.code` and a message a person can act on.
 * Anything else thrown is a broken assumption: it is masked before it leaves the service.
 */
export function userError(code: string, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

export const badInput = (field: string, message: string) => userError("BAD_USER_INPUT", message, { field });

/** True for codes that are safe to show as they are; codes of subgraph-specific rules count too. */
export function isUserErrorCode(code: unknown): boolean {
  return typeof code === "string" && code !== "INTERNAL_SERVER_ERROR" && code !== "DOWNSTREAM_SERVICE_ERROR";
}

/** Parses a GraphQL ID that must be a positive integer key; bad input names the argument. */
export function parseId(value: string | number, field = "id"): number {
  const text = String(value);
  if (!/^[1-9]\d{0,9}$/.test(text) || Number(text) > 2_147_483_647) {
    throw badInput(field, `${field} must be a positive integer id, got "${text.slice(0, 40)}"`);
  }
  return Number(text);
}
