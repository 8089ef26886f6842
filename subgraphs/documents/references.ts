import { parseId } from "../common/errors";
import type { ReferenceResolvers } from "../common/federation";
import type { DocumentsContext } from "./context";

/** Entity references from other subgraphs, resolved through the same per-request loaders. */
export const documentsReferences: ReferenceResolvers = {
  Department: {
    __resolveReference: (ref: { id: string }, ctx: DocumentsContext) => ctx.loaders.departmentById.load(parseId(ref.id)),
  },
  Document: {
    __resolveReference: (ref: { id: string }, ctx: DocumentsContext) => ctx.loaders.documentById.load(parseId(ref.id)),
  },
  Staff: {
    __resolveReference: (ref: { id: string }, ctx: DocumentsContext) => ctx.loaders.staffById.load(parseId(ref.id)),
  },
};
