import { parseId } from "../common/errors";
import type { ReferenceResolvers } from "../common/federation";
import type { BudgetContext } from "./context";

/** Entity references from other subgraphs (procurement's funding), through the per-request loaders. */
export const budgetReferences: ReferenceResolvers = {
  BudgetLine: {
    __resolveReference: (ref: { id: string }, ctx: BudgetContext) => ctx.loaders.lineById.load(parseId(ref.id)),
  },
};
