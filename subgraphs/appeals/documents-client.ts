import type { SubgraphConfig } from "../common/config";
import { createSubgraphClient, type SubgraphCaller, type SubgraphClient } from "../common/subgraph-client";

/** The documents subgraph (DOCUMENTS_URL), called as this request's caller, signed with IDENTITY_SECRET. */
export function documentsClient(config: SubgraphConfig, caller: SubgraphCaller): SubgraphClient {
  const url = config.peers.documents;
  if (!url) throw new Error("The appeals subgraph's config has no documents URL (its definition's peers)");
  return createSubgraphClient(
    { name: "documents", url, secret: config.identitySecret, fetch: config.peerFetch },
    caller,
  );
}
