import { GraphQLError } from "graphql";

export const SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE";

/**
 * How long a client should wait before it asks again for what an outage left out: about the time a
 * supervised service takes to come back. Sent as `extensions.retryAfterSeconds`.
 */
export const RETRY_AFTER_SECONDS = 5;

/**
 * The error of a part of an answer that a service could not give because it (or its database) is
 * down or too slow: code SERVICE_UNAVAILABLE, the service named, a retry hint. Nothing the
 * caller did; the rest of the answer stands. `path` places it in the answer when known.
 */
export function serviceUnavailable(
  service: string,
  message: string,
  path?: readonly (string | number)[],
): GraphQLError {
  return new GraphQLError(message, {
    path,
    extensions: { code: SERVICE_UNAVAILABLE, service, retryAfterSeconds: RETRY_AFTER_SECONDS },
  });
}
