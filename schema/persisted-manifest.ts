import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Kind, parse, print, visit, type DefinitionNode, type FragmentDefinitionNode } from "graphql";

/** The manifest's file name, beside the supergraph (the gateway reads it from there). */
export const PERSISTED_DOCUMENTS = "persisted-documents.json";

/** One persisted document, in Apollo's persisted query manifest format. */
export interface PersistedOperation {
  /** The SHA-256 of `body`, hex: what a client sends as `extensions.persistedQuery.sha256Hash`. */
  id: string;
  name: string;
  type: "query" | "mutation" | "subscription";
  body: string;
}

export interface PersistedManifest {
  format: "apollo-persisted-query-manifest";
  version: 1;
  operations: PersistedOperation[];
}

/** The SHA-256 of a document's text, hex, as Apollo's persisted queries name it. */
export const documentId = (body: string): string => createHash("sha256").update(body).digest("hex");

/** The fragments an operation uses, with those they use in turn, by name. */
function usedFragments(root: DefinitionNode, fragments: Map<string, FragmentDefinitionNode>): FragmentDefinitionNode[] {
  const found = new Map<string, FragmentDefinitionNode>();
  const walk = (node: DefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (fragment && !found.has(fragment.name.value)) {
          found.set(fragment.name.value, fragment);
          walk(fragment);
        }
      },
    });
  walk(root);
  return [...found.values()].sort((a, b) => a.name.value.localeCompare(b.name.value));
}

/**
 * The client contract (`dir`/*.graphql, schema/operations) as persisted documents: each named
 * operation printed with the fragments it uses, its id the SHA-256 of that text. Sorted by name,
 * so the committed manifest changes only when an operation does.
 */
export function persistedManifest(dir: string): PersistedManifest {
  const definitions = readdirSync(dir)
    .filter((file) => file.endsWith(".graphql"))
    .sort()
    .flatMap((file) => parse(readFileSync(path.join(dir, file), "utf8")).definitions);
  const fragments = new Map(
    definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])),
  );
  const operations = definitions.flatMap((d): PersistedOperation[] => {
    if (d.kind !== Kind.OPERATION_DEFINITION || !d.name) return [];
    const body = [d, ...usedFragments(d, fragments)].map((node) => print(node)).join("\n\n");
    return [{ id: documentId(body), name: d.name.value, type: d.operation, body }];
  });
  operations.sort((a, b) => a.name.localeCompare(b.name));
  return { format: "apollo-persisted-query-manifest", version: 1, operations };
}
