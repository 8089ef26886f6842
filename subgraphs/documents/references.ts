import { loadReference } from "../common/loaders";
import type { ReferenceResolvers } from "../common/federation";
import type { DocumentsContext } from "./context";

/** Entity references from other subgraphs, resolved through the same per-request loaders. */
export const documentsReferences: ReferenceResolvers = {
  Department: {
    __resolveReference: (ref: { id: string }, ctx: DocumentsContext) =>
      loadReference(ctx.loaders.departmentById, ref.id),
  },
  Document: {
    __resolveReference: (ref: { id: string }, ctx: DocumentsContext) => loadReference(ctx.loaders.documentById, ref.id),
  },
  Staff: {
    __resolveReference: (ref: { id: string }, ctx: DocumentsContext) => loadReference(ctx.loaders.staffById, ref.id),
  },
};
