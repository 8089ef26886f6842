import type { SubgraphName } from "./common/config";
import type { SubgraphDefinition } from "./common/definition";
import { appealsSubgraph } from "./appeals";
import { budgetSubgraph } from "./budget";
import { documentsSubgraph } from "./documents";
import { procurementSubgraph } from "./procurement";

/**
 * The four subgraphs, for the tools that see the whole city: `npm start`, composition and tests.
 * Subgraphs never import this (nor each other).
 */
export const SUBGRAPHS: Record<SubgraphName, SubgraphDefinition<unknown>> = {
  documents: documentsSubgraph,
  appeals: appealsSubgraph,
  procurement: procurementSubgraph,
  budget: budgetSubgraph,
};
