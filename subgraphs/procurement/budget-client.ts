import type { SubgraphConfig } from "../common/config";
import { createSubgraphClient, type SubgraphCaller, type SubgraphClient } from "../common/subgraph-client";

/** The budget subgraph (BUDGET_URL), called as this request's caller, signed with IDENTITY_SECRET. */
export function budgetClient(config: SubgraphConfig, caller: SubgraphCaller): SubgraphClient {
  const url = config.peers.budget;
  if (!url) throw new Error("The procurement subgraph's config has no budget URL (its definition's peers)");
  return createSubgraphClient({ name: "budget", url, secret: config.identitySecret, fetch: config.peerFetch }, caller);
}
