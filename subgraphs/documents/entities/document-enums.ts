import { registerEnumType } from "type-graphql";

/**
 * Flows of documents and the council's own acts (Ministry of Justice rules No. 1000/5). Each kind
 * is a journal of its own, numbered per year: DECISION holds the council's decisions,
 * COMMITTEE_DECISION the executive committee's, ORDER the mayor's orders.
 */
export enum DocumentKind {
  INCOMING = "INCOMING",
  OUTGOING = "OUTGOING",
  INTERNAL = "INTERNAL",
  DECISION = "DECISION",
  COMMITTEE_DECISION = "COMMITTEE_DECISION",
  ORDER = "ORDER",
}

/** Who may read a document beyond its registration stamp. */
export enum AccessLevel {
  PUBLIC = "PUBLIC",
  INTERNAL = "INTERNAL",
  RESTRICTED = "RESTRICTED",
}

/** Where a document stands: registered, with open resolutions, or every resolution done. */
export enum DocumentStatus {
  REGISTERED = "REGISTERED",
  IN_WORK = "IN_WORK",
  DONE = "DONE",
}

/** A resolution: open, reported by its executor and awaiting the controller, or done. */
export enum ResolutionStatus {
  OPEN = "OPEN",
  REPORTED = "REPORTED",
  DONE = "DONE",
}

registerEnumType(DocumentStatus, { name: "DocumentStatus" });
registerEnumType(ResolutionStatus, { name: "ResolutionStatus" });
registerEnumType(DocumentKind, { name: "DocumentKind" });
registerEnumType(AccessLevel, { name: "AccessLevel", description: "PUBLIC: anyone; INTERNAL: council staff; RESTRICTED: staff of its department." });
