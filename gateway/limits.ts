import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { GraphQLError, type ValidationContext } from "graphql";
import { operationCost } from "./operation-cost";
import { rootFieldCounts, rootFieldTotal } from "./root-fields";

/** The limits of one request at the edge; each error names the limit it hit. */
export const LIMITS = {
  depth: 12,
  aliases: 15,
  directives: 10,
  tokens: 3000,
  rootFields: 10,
  cost: 20_000,
  defaultPageSize: 20,
  listSize: 20,
  bodyBytes: 1024 * 1024,
};

/**
 * graphql-armor's depth, alias and directive limits (and, in production, no field suggestions
 * that would reveal the schema), plus this house's root-field and cost limits.
 */
export function limitProtection(production: boolean) {
  // Their walks reuse each fragment's count, so they stay linear however often fragments are spread.
  const refusal = { exposeLimits: true, propagateOnRejection: false, onReject: [reportLimit] };
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.depth, flattenFragments: true, ...refusal },
    maxAliases: { n: LIMITS.aliases, ...refusal },
    maxDirectives: { n: LIMITS.directives, ...refusal },
    // Tokens are limited by the parser itself (parseOptions.maxTokens): a GRAPHQL_PARSE_FAILED 400.
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  }).protect();
  return { plugins: [...armor.plugins, costPlugin()], validationRules: armor.validationRules };
}

/**
 * Reports a graphql-armor refusal as a validation error (GRAPHQL_VALIDATION_FAILED) naming the
 * limit, without armor's own BAD_USER_INPUT code and misleading "Syntax Error" prefix.
 */
function reportLimit(context: ValidationContext | null, error: GraphQLError): void {
  context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, "")));
}

const limitError = (message: string) =>
  new GraphQLError(message, { extensions: { code: "QUERY_LIMIT", http: { status: 400 } } });

/** A count for a message: exact while it is, else a bound (fragments spread many times make astronomical counts). */
const shown = (n: number) => (Number.isSafeInteger(n) ? String(n) : `more than ${Number.MAX_SAFE_INTEGER}`);

/**
 * The root-field and cost limits, from the operation as written: root fields counted through
 * inline and named fragments and aliases (rootFieldCounts), cost from the request's page sizes,
 * variables and their defaults included, and the schema's lists (operationCost). Both walks are
 * linear in the document's size. A query over a limit is refused before any subgraph is asked.
 */
function costPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request, schema }) {
          if (!operation) return;
          const roots = rootFieldTotal(rootFieldCounts(document, operation));
          if (roots > LIMITS.rootFields)
            throw limitError(`Root field limit of ${LIMITS.rootFields} exceeded, found ${shown(roots)}`);
          const cost = operationCost(schema, document, operation, request.variables ?? {}, LIMITS);
          if (cost > LIMITS.cost)
            throw limitError(
              `Query cost limit of ${LIMITS.cost} exceeded, estimated ${shown(cost)} (fields × page and list sizes); ask for fewer items per page`,
            );
        },
      };
    },
  };
}
