import { registerEnumType } from "type-graphql";

/** OCDS 1.1 closed code list `tenderStatus`; values are the OCDS codes stored in the database. */
export enum TenderStatus {
  PLANNING = "planning",
  PLANNED = "planned",
  ACTIVE = "active",
  CANCELLED = "cancelled",
  UNSUCCESSFUL = "unsuccessful",
  COMPLETE = "complete",
  WITHDRAWN = "withdrawn",
}

registerEnumType(TenderStatus, { name: "TenderStatus", description: "OCDS tender status (closed code list)." });
