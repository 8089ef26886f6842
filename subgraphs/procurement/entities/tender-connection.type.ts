import { connectionType } from "../../common/pagination";
import { Tender } from "./tender.entity";

/** A page of tenders (Relay connection). */
export const TenderConnection = connectionType(Tender, "Tender");
