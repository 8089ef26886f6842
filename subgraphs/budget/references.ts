import { userError } from "../common/errors";
import { loadReference } from "../common/loaders";
import type { ReferenceResolvers } from "../common/federation";
import type { BudgetContext } from "./context";

/**
 * Entity references from other subgraphs (procurement's funding; a department's summary, by its id
 * "<department id>:<year>"), through the per-request loaders.
 */
export const budgetReferences: ReferenceResolvers = {
  BudgetLine: {
    __resolveReference: (ref: { id: string }, ctx: BudgetContext) => loadReference(ctx.loaders.lineById, ref.id),
  },
  BudgetSummary: {
    __resolveReference: (ref: { id: string }, ctx: BudgetContext) => {
      const m = /^(\d{1,9}):(\d{4})$/.exec(ref.id);
      if (!m) throw userError("BAD_USER_INPUT", `A budget summary's id is "<department id>:<year>", got ${ref.id}`);
      return ctx.loaders.summaryByDepartment.load({ id: Number(m[1]), year: Number(m[2]) });
    },
  },
};
