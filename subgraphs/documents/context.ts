import type { SubgraphContext } from "../common/context";
import type { DocumentsLoaders } from "./loaders/documents.loaders";

export type DocumentsContext = SubgraphContext<DocumentsLoaders>;
