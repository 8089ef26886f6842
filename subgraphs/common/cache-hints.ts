import { Kind, type DirectiveNode, type DocumentNode, type ObjectTypeDefinitionNode } from "graphql";
import { Directive } from "type-graphql";

/**
 * How long the public record (documents published, tenders, budget, departments) may be served
 * from a cache: a new tender, an import or a newly registered public document shows within it.
 */
export const PUBLIC_MAX_AGE_SECONDS = 60;

/**
 * Apollo Server's cache-control directive, as every subgraph declares it (the scope enum is kept
 * out of the clients' API). Each subgraph's server answers with the Cache-Control its hints
 * allow, and the gateway keeps the most restrictive of the subgraphs it asked.
 */
export const CACHE_CONTROL_SDL = `
"""Who may keep a cached answer."""
enum CacheControlScope @inaccessible {
  """Any cache, for every caller."""
  PUBLIC
  """Only the caller's own cache."""
  PRIVATE
}
directive @cacheControl(maxAge: Int, scope: CacheControlScope, inheritMaxAge: Boolean) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION
`;

/**
 * On a root field (or an entity type, which `_entities` returns): its answer is the city's public
 * record, the same for every anonymous caller, and may be kept for PUBLIC_MAX_AGE_SECONDS.
 */
export const PublicRecord = () => Directive(`@cacheControl(maxAge: ${PUBLIC_MAX_AGE_SECONDS})`);

/** On a type that carries a person's data: any answer that reaches it is kept by no cache. */
export const PersonalData = () => Directive("@cacheControl(maxAge: 0, scope: PRIVATE)");

const INHERIT: DirectiveNode = {
  kind: Kind.DIRECTIVE,
  name: { kind: Kind.NAME, value: "cacheControl" },
  arguments: [
    {
      kind: Kind.ARGUMENT,
      name: { kind: Kind.NAME, value: "inheritMaxAge" },
      value: { kind: Kind.BOOLEAN, value: true },
    },
  ],
};

const ROOTS = new Set(["Query", "Mutation", "Subscription"]);

/**
 * Every object type without a hint of its own takes its parent field's (`inheritMaxAge`), so a
 * public root field's answer stays public through its nested objects, while a root field without
 * a hint (maxAge 0, Apollo's default) keeps everything under it uncacheable. Types that are hinted
 * (PublicRecord on entities, PersonalData) keep their own.
 */
export function withInheritedCacheHints(document: DocumentNode): DocumentNode {
  return {
    ...document,
    definitions: document.definitions.map((definition) => {
      if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION || ROOTS.has(definition.name.value)) return definition;
      if (definition.directives?.some((d) => d.name.value === "cacheControl")) return definition;
      return { ...definition, directives: [...(definition.directives ?? []), INHERIT] } as ObjectTypeDefinitionNode;
    }),
  };
}
