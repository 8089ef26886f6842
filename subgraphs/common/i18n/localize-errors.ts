import type { ApolloServerPlugin } from "@apollo/server";
import type { GraphQLFormattedError } from "graphql";
import type { Language } from "./catalogue";

type Translate = (message: string, language: Language) => string;

/** One invalid field of an input, as `extensions.fields` lists them. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** The error in `language`: its message and each of its `extensions.fields`' messages. */
export function localizeError<E extends GraphQLFormattedError>(error: E, language: Language, translate: Translate): E {
  const fields = error.extensions?.fields;
  return {
    ...error,
    message: translate(error.message, language),
    ...(Array.isArray(fields)
      ? {
          extensions: {
            ...error.extensions,
            fields: (fields as FieldProblem[]).map((f) => ({ ...f, message: translate(f.message, language) })),
          },
        }
      : {}),
  };
}

/**
 * Gives every error of a response, and each of its `extensions.fields`, in the caller's language
 * (the context's `language`); messages the catalogues do not know stay as they are.
 */
export function localizeErrorsPlugin(translate: Translate): ApolloServerPlugin<{ language: Language }> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== "single" || !response.body.singleResult.errors) return;
          const language = contextValue.language ?? "uk";
          response.body.singleResult.errors = response.body.singleResult.errors.map((e) =>
            localizeError(e, language, translate),
          );
        },
      };
    },
  };
}
