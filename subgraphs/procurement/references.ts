import { loadReference } from "../common/loaders";
import type { ReferenceResolvers } from "../common/federation";
import type { ProcurementContext } from "./context";

/** Entity references from other subgraphs, resolved through the per-request loaders. */
export const procurementReferences: ReferenceResolvers = {
  Tender: {
    __resolveReference: (ref: { id: string }, ctx: ProcurementContext) => loadReference(ctx.loaders.tenderById, ref.id),
  },
};
