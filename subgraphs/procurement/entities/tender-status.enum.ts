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

registerEnumType(TenderStatus, {
  name: "TenderStatus",
  description: "OCDS tender status (closed code list).",
  valuesConfig: {
    PLANNING: { description: "Being planned; not yet announced." },
    PLANNED: { description: "Planned and announced in advance; not yet open." },
    ACTIVE: { description: "Under way: taking bids or evaluating them." },
    CANCELLED: { description: "Cancelled before an award." },
    UNSUCCESSFUL: { description: "Failed: no bid was awarded (торги не відбулися)." },
    COMPLETE: { description: "Completed: awarded and contracted." },
    WITHDRAWN: { description: "No longer published." },
  },
});
