import { registerEnumType } from "type-graphql";

/** Competitions besides tenders (конкурси) that the council runs. */
export enum CompetitionKind {
  CARRIER_SELECTION = "CARRIER_SELECTION",
  PUBLIC_PROJECT = "PUBLIC_PROJECT",
  VACANCY = "VACANCY",
  PROPERTY_LEASE = "PROPERTY_LEASE",
  OTHER = "OTHER",
}

export enum CompetitionStatus {
  ANNOUNCED = "ANNOUNCED",
  OPEN = "OPEN",
  CLOSED = "CLOSED",
  COMPLETED = "COMPLETED",
  CANCELLED = "CANCELLED",
}

registerEnumType(CompetitionKind, {
  name: "CompetitionKind",
  description: "Carrier selection, public projects, vacant positions, property lease ...",
  valuesConfig: {
    CARRIER_SELECTION: { description: "Selection of a public transport carrier for city routes." },
    PUBLIC_PROJECT: { description: "Public projects: the participatory budget (громадський бюджет)." },
    VACANCY: { description: "A competition for a vacant position in the council (конкурс на посаду)." },
    PROPERTY_LEASE: { description: "Lease of communal property (оренда комунального майна)." },
    OTHER: { description: "Another competition the council holds." },
  },
});
registerEnumType(CompetitionStatus, {
  name: "CompetitionStatus",
  description: "Where a competition stands.",
  valuesConfig: {
    ANNOUNCED: { description: "Announced; applications are not open yet." },
    OPEN: { description: "Taking applications until the deadline." },
    CLOSED: { description: "Applications closed; being decided." },
    COMPLETED: { description: "Decided: see the result." },
    CANCELLED: { description: "Cancelled." },
  },
});
