import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { GraphQLError, Kind, type FragmentDefinitionNode, type SelectionSetNode, type ValueNode } from "graphql";

/** The limits of one request at the edge; each error names the limit it hit. */
export const LIMITS = { depth: 12, aliases: 15, directives: 10, tokens: 3000, rootFields: 10, cost: 20_000, defaultPageSize: 20, bodyBytes: 1024 * 1024 };

/**
 * graphql-armor's depth, alias and directive limits (and, in production, no field suggestions
 * that would reveal the schema), plus this house's root-field and cost limits.
 */
export function limitProtection(production: boolean) {
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.depth, exposeLimits: true, flattenFragments: true },
    maxAliases: { n: LIMITS.aliases, exposeLimits: true },
    maxDirectives: { n: LIMITS.directives, exposeLimits: true },
    // Tokens are limited by the parser itself (parseOptions.maxTokens): a GRAPHQL_PARSE_FAILED 400.
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  }).protect();
  return { plugins: [...armor.plugins, costPlugin()], validationRules: armor.validationRules };
}

const limitError = (message: string) => new GraphQLError(message, { extensions: { code: "QUERY_LIMIT", http: { status: 400 } } });

/**
 * Cost = fields, each multiplied by the page size above it: `first` (a literal or a variable),
 * else 20 for a connection (a selection with `edges`), else 1. A query over the limit is refused
 * before any subgraph is asked.
 */
function costPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request }) {
          if (!operation) return;
          const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
          const variables = request.variables ?? {};
          const size = (v: ValueNode | undefined): number | null =>
            !v ? null : v.kind === Kind.INT ? Number(v.value) : v.kind === Kind.VARIABLE && typeof variables[v.name.value] === "number" ? (variables[v.name.value] as number) : null;
          const cost = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
            let total = 0;
            for (const s of set?.selections ?? []) {
              if (s.kind === Kind.FIELD) {
                const first = size(s.arguments?.find((a) => a.name.value === "first")?.value);
                const connection = s.selectionSet?.selections.some((c) => c.kind === Kind.FIELD && c.name.value === "edges");
                total += 1 + (first ?? (connection ? LIMITS.defaultPageSize : 1)) * cost(s.selectionSet, seen);
              } else if (s.kind === Kind.INLINE_FRAGMENT) total += cost(s.selectionSet, seen);
              else if (!seen.has(s.name.value)) total += cost(fragments.get(s.name.value)?.selectionSet, new Set([...seen, s.name.value]));
            }
            return total;
          };
          const roots = operation.selectionSet.selections.length;
          if (roots > LIMITS.rootFields) throw limitError(`Root field limit of ${LIMITS.rootFields} exceeded, found ${roots}`);
          const total = cost(operation.selectionSet, new Set());
          if (total > LIMITS.cost) throw limitError(`Query cost limit of ${LIMITS.cost} exceeded, estimated ${total} (fields × page sizes); ask for fewer items per page`);
        },
      };
    },
  };
}
