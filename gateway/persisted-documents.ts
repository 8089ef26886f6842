import type { ApolloServerPlugin } from "@apollo/server";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { GraphQLError } from "graphql";
import { PERSISTED_DOCUMENTS, type PersistedManifest } from "../schema/persisted-manifest";
import { isAnonymous } from "./cache-control";
import type { GatewayContext } from "./context";

/** What anonymous callers may send (ANONYMOUS_DOCUMENTS): any document, or only the manifest's. */
export type AnonymousDocuments = "any" | "persisted";

/** The key prefix Apollo Server gives persisted-query lookups in the cache it is handed. */
const APQ_PREFIX = "apq:";

/**
 * The client contract's persisted documents (schema/persisted-documents.json beside the
 * supergraph, written by `npm run persisted:manifest`), by id; none when the file is missing.
 */
export function loadPersistedDocuments(schemaDir: string): Map<string, string> {
  const file = path.join(schemaDir, PERSISTED_DOCUMENTS);
  if (!existsSync(file)) return new Map();
  const manifest = JSON.parse(readFileSync(file, "utf8")) as PersistedManifest;
  return new Map(manifest.operations.map((op) => [op.id, op.body]));
}

/**
 * Apollo Server's persisted-query cache, answered from the manifest alone: a client may send
 * `extensions.persistedQuery.sha256Hash` of a contract operation instead of its text; an unknown
 * id gets PERSISTED_QUERY_NOT_FOUND. Nothing is ever registered: a client that sends text with a
 * hash is answered and the text is not kept, so no caller can grow the list.
 */
export class ManifestDocuments {
  constructor(private readonly byId: ReadonlyMap<string, string>) {}

  async get(key: string): Promise<string | undefined> {
    return this.byId.get(key.startsWith(APQ_PREFIX) ? key.slice(APQ_PREFIX.length) : key);
  }

  async set(): Promise<void> {}

  async delete(): Promise<boolean> {
    return false;
  }
}

/**
 * With ANONYMOUS_DOCUMENTS=persisted, an anonymous caller may run only the manifest's documents
 * (sent by id, or as their exact text): anything else is refused with PERSISTED_DOCUMENT_REQUIRED
 * once parsed and validated (Apollo answers an error thrown earlier as an internal one), before it
 * reaches a subgraph. Callers with a token (staff tools, GraphiQL with a
 * token) may send any document.
 */
export function persistedOnlyPlugin(byId: ReadonlyMap<string, string>): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(requestContext) {
          if (!isAnonymous(requestContext) || byId.has(requestContext.queryHash)) return;
          throw new GraphQLError(
            "Anonymous callers may run only the city's published operations: send the id of one from schema/persisted-documents.json as extensions.persistedQuery.sha256Hash",
            { extensions: { code: "PERSISTED_DOCUMENT_REQUIRED", http: { status: 400 } } },
          );
        },
      };
    },
  };
}
