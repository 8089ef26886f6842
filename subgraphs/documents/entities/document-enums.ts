import { registerEnumType } from "type-graphql";

/** Flows of documents and the council's own acts (Ministry of Justice rules No. 1000/5). */
export enum DocumentKind {
  INCOMING = "INCOMING",
  OUTGOING = "OUTGOING",
  INTERNAL = "INTERNAL",
  DECISION = "DECISION",
  ORDER = "ORDER",
}

/** Who may read a document beyond its registration stamp. */
export enum AccessLevel {
  PUBLIC = "PUBLIC",
  INTERNAL = "INTERNAL",
  RESTRICTED = "RESTRICTED",
}

registerEnumType(DocumentKind, { name: "DocumentKind" });
registerEnumType(AccessLevel, { name: "AccessLevel", description: "PUBLIC: anyone; INTERNAL: council staff; RESTRICTED: staff of its department." });
