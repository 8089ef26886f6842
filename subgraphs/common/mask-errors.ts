import type { ApolloServerPlugin } from "@apollo/server";
import type { GraphQLFormattedError } from "graphql";
import type { Logger } from "pino";
import { isUserErrorCode } from "./errors";

export const INTERNAL_MESSAGE = "Internal server error";

/**
 * Replaces every error that is not a user error (code INTERNAL_SERVER_ERROR, none, or a failed
 * downstream call) with a generic one carrying the request id; the original goes to the log
 * with its stack. Used by the gateway and by every subgraph.
 */
export function maskErrorsPlugin(log: Logger): ApolloServerPlugin<{ requestId: string }> {
  return {
    async requestDidStart({ contextValue }) {
      const requestId = contextValue.requestId;
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            if (!isUserErrorCode(error.extensions?.code)) {
              log.error({ err: error.originalError ?? error, requestId, path: error.path }, "internal error");
            }
          }
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== "single" || !response.body.singleResult.errors) return;
          response.body.singleResult.errors = response.body.singleResult.errors.map((e) => mask(e, requestId));
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

function mask(error: GraphQLFormattedError, requestId: string): GraphQLFormattedError {
  if (isUserErrorCode(error.extensions?.code)) {
    const extensions = Object.fromEntries(
      Object.entries(error.extensions ?? {}).filter(([key]) => !INTERNAL_EXTENSIONS.includes(key)),
    );
    return { ...error, extensions: { ...extensions, requestId } };
  }
  return { message: INTERNAL_MESSAGE, path: error.path, extensions: { code: "INTERNAL_SERVER_ERROR", requestId } };
}
