import { connectionType } from "../../common/pagination";
import { CityDocument } from "./document.entity";
import { Resolution } from "./resolution.entity";

/** Pages (Relay connections) of the documents subgraph. */
export const DocumentConnection = connectionType(CityDocument, "Document");
export const ResolutionConnection = connectionType(Resolution, "Resolution");
