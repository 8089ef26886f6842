import { buildSubgraphSchema } from "@apollo/subgraph";
import type { GraphQLResolverMap } from "@apollo/subgraph/dist/schema-helper";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { parse, type GraphQLSchema } from "graphql";
import { buildSchema, createResolversMap, getMetadataStorage, type NonEmptyArray } from "type-graphql";
import { authChecker } from "./authorization";
import { CACHE_CONTROL_SDL, withInheritedCacheHints } from "./cache-hints";
import { DateTimeScalar } from "./scalars";
import { validateInput } from "./validation";

const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", ' +
  'import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible"])';

export type ReferenceResolvers = GraphQLResolverMap<unknown>;

export interface FederatedSchemaOptions {
  resolvers: NonEmptyArray<Function>;
  orphanedTypes?: Function[];
  /** `__resolveReference` per entity type name, merged into type-graphql's resolvers. */
  references?: ReferenceResolvers;
}

/**
 * Builds a Federation 2 subgraph schema from type-graphql classes. type-graphql keeps `@key`
 * and other directives only in AST nodes, so the SDL is printed with printSchemaWithDirectives
 * (graphql's printSchema drops them) before @apollo/subgraph builds the subgraph, with the cache
 * hints' directive and inheritance (cache-hints.ts).
 * type-graphql's metadata is global: each call must reach only its own subgraph's classes.
 */
export function buildFederatedSchema(options: FederatedSchemaOptions): Promise<GraphQLSchema> {
  // The schema depends on the classes alone, never on config or data: one build per definition
  // and process (the tests start many cities in one process; each build took 50-70 ms).
  let schema = built.get(options);
  if (!schema) {
    schema = buildOnce(options);
    built.set(options, schema);
    schema.catch(() => built.delete(options));
  }
  return schema;
}

const built = new WeakMap<FederatedSchemaOptions, Promise<GraphQLSchema>>();

async function buildOnce(options: FederatedSchemaOptions): Promise<GraphQLSchema> {
  argumentsInWrittenOrder();
  const schema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validateFn: validateInput,
    // authChecker throws its own UNAUTHENTICATED / FORBIDDEN; "error" leaves a refusal an error, never a silent null.
    authChecker,
    authMode: "error",
    emitSchemaFile: false,
  });
  const typeDefs = withInheritedCacheHints(
    parse(`${FEDERATION_LINK}\n${CACHE_CONTROL_SDL}\n${printSchemaWithDirectives(schema)}`),
  );
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<unknown>;
  for (const [typeName, extra] of Object.entries(options.references ?? {})) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...(extra as object) } as never;
  }
  return buildSubgraphSchema({ typeDefs, resolvers });
}

/**
 * TypeScript runs parameter decorators last to first, so type-graphql records a method's `@Arg`s
 * in reverse and the schema would list `assignAppeal(version, executorId, departmentId, id)`.
 * Ordering its records by parameter index gives the arguments in the order the method declares
 * them. (Each argument reaches the method by its index whatever the order: only the SDL changes.)
 */
function argumentsInWrittenOrder(): void {
  getMetadataStorage().params.sort((a, b) => a.index - b.index);
}
