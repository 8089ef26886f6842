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
});
registerEnumType(CompetitionStatus, { name: "CompetitionStatus" });
