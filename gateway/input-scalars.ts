import type { GraphQLFormattedError, GraphQLSchema, ValueNode } from "graphql";
import { GraphQLError, isScalarType, type GraphQLScalarType } from "graphql";
import { CalendarDateScalar, DateTimeScalar, DecimalScalar } from "../subgraphs/common/scalars";

const SHARED: GraphQLScalarType[] = [DecimalScalar, CalendarDateScalar, DateTimeScalar];

/** A scalar's refusal as the caller's input error, at the literal when there is one. */
function asUserInput(err: unknown, node: ValueNode): GraphQLError {
  if (err instanceof GraphQLError && err.extensions.code === "BAD_USER_INPUT") return err;
  const message = err instanceof Error ? err.message : String(err);
  return new GraphQLError(message, { nodes: node, extensions: { code: "BAD_USER_INPUT" } });
}

/**
 * The supergraph only names its custom scalars, so the gateway would take any value for them and
 * a bad one would fail inside a subgraph. This gives the gateway's `Decimal`, `Date` and
 * `DateTime` the subgraphs' own parsing (the same module), so a bad value is refused at the edge
 * with HTTP 400 and the scalar's message before any subgraph is called. Mutates `schema` (the
 * gateway's API schema, also used by its executor to check variables).
 */
export function adoptSubgraphScalars(schema: GraphQLSchema): void {
  for (const shared of SHARED) {
    const type = schema.getType(shared.name);
    if (!isScalarType(type)) continue;
    // A variable's refusal is prefixed with its name by graphql-js and coded BAD_USER_INPUT by Apollo.
    type.parseValue = shared.parseValue;
    type.parseLiteral = (node, variables) => {
      try {
        return shared.parseLiteral(node, variables);
      } catch (err) {
        throw asUserInput(err, node);
      }
    };
  }
}

/**
 * Apollo reports a literal a scalar refused as GRAPHQL_VALIDATION_FAILED (HTTP 400); when the
 * scalar said it is the caller's input, the client sees BAD_USER_INPUT, as for a variable.
 * Meant as the gateway's `formatError`.
 */
export function formatScalarInputError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  if (
    formatted.extensions?.code === "GRAPHQL_VALIDATION_FAILED" &&
    original instanceof GraphQLError &&
    original.extensions.code === "BAD_USER_INPUT"
  ) {
    return { ...formatted, extensions: { ...formatted.extensions, code: "BAD_USER_INPUT" } };
  }
  return formatted;
}
