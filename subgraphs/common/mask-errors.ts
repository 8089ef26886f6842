import type { ApolloServerPlugin } from "@apollo/server";
import type { GraphQLError, GraphQLFormattedError } from "graphql";
import type { Logger } from "pino";
import { isDatabaseOutage } from "./database-outage";
import { isUserErrorCode } from "./errors";
import { currentTraceId } from "./telemetry";
import { RETRY_AFTER_SECONDS, SERVICE_UNAVAILABLE } from "./unavailable";

export const INTERNAL_MESSAGE = "Internal server error";

/**
 * Replaces every error that is not a user error (code INTERNAL_SERVER_ERROR, none, or a failed
 * downstream call) with a generic one carrying the request id; the original goes to the log
 * with its stack. A failure to reach the database (database-outage.ts) is an outage, not a
 * defect: SERVICE_UNAVAILABLE naming `service`, with its path and a retry hint, logged as a
 * warning. Every error also carries the request's trace id (`traceId`, when traced), to find the
 * whole request in the tracing backend. Used by the gateway and by every subgraph.
 */
export function maskErrorsPlugin(log: Logger, service = "gateway"): ApolloServerPlugin<{ requestId: string }> {
  return {
    async requestDidStart({ contextValue }) {
      const ids = { requestId: contextValue.requestId, ...traceIdField(currentTraceId()) };
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            if (isDatabaseOutage(error)) {
              log.warn({ err: error.originalError ?? error, ...ids, path: error.path }, "database unavailable");
            } else if (!isUserErrorCode(error.extensions?.code)) {
              log.error({ err: error.originalError ?? error, ...ids, path: error.path }, "internal error");
            }
          }
        },
        async willSendResponse({ response, errors: originals }) {
          if (response.body.kind !== "single" || !response.body.singleResult.errors) return;
          // Apollo formats the errors it reported to didEncounterErrors one for one, in order.
          response.body.singleResult.errors = response.body.singleResult.errors.map((e, i) =>
            mask(e, ids, service, originals?.[i]),
          );
        },
      };
    },
  };
}

/**
 * Extensions that never leave a service, even on a user error: a stack, and what a failed
 * downstream call carries (`response`: a subgraph's URL and body; `exception`).
 */
const INTERNAL_EXTENSIONS = ["stacktrace", "response", "exception"];

const traceIdField = (traceId: string | undefined) => (traceId ? { traceId } : {});

function mask(
  error: GraphQLFormattedError,
  ids: { requestId: string; traceId?: string },
  service: string,
  original: GraphQLError | undefined,
): GraphQLFormattedError {
  if (isUserErrorCode(error.extensions?.code)) {
    const extensions = Object.fromEntries(
      Object.entries(error.extensions ?? {}).filter(([key]) => !INTERNAL_EXTENSIONS.includes(key)),
    );
    return { ...error, extensions: { ...extensions, ...ids } };
  }
  if (isDatabaseOutage(original)) {
    return {
      message: `This part of the answer is unavailable: its database cannot be reached right now; try again in ${RETRY_AFTER_SECONDS} seconds`,
      path: error.path,
      extensions: { code: SERVICE_UNAVAILABLE, service, retryAfterSeconds: RETRY_AFTER_SECONDS, ...ids },
    };
  }
  return { message: INTERNAL_MESSAGE, path: error.path, extensions: { code: "INTERNAL_SERVER_ERROR", ...ids } };
}
