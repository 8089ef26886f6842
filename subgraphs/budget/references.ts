import { loadReference } from "../common/loaders";
import type { ReferenceResolvers } from "../common/federation";
import type { BudgetContext } from "./context";

/** Entity references from other subgraphs (procurement's funding), through the per-request loaders. */
export const budgetReferences: ReferenceResolvers = {
  BudgetLine: {
    __resolveReference: (ref: { id: string }, ctx: BudgetContext) => loadReference(ctx.loaders.lineById, ref.id),
  },
};
