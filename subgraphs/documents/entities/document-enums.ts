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

registerEnumType(DocumentStatus, {
  name: "DocumentStatus",
  description: "Where a document stands: registered, with open resolutions, or every resolution done.",
  valuesConfig: {
    REGISTERED: { description: "Registered; no resolution yet." },
    IN_WORK: { description: "At least one resolution is not done." },
    DONE: { description: "Every resolution on it is done." },
  },
});
registerEnumType(ResolutionStatus, {
  name: "ResolutionStatus",
  description: "Where a resolution stands in its execution.",
  valuesConfig: {
    OPEN: { description: "With its executors: not reported yet, or returned by the controller." },
    REPORTED: { description: "On control: the executor reported and the controller has yet to accept or return it." },
    DONE: { description: "Executed: reported (and, on control, accepted)." },
  },
});
/** The Ukrainian name of each kind, as clerks and citizens call it (public search knows these words too). */
export const DOCUMENT_KIND_NAMES: Record<DocumentKind, string> = {
  [DocumentKind.INCOMING]: "вхідний лист",
  [DocumentKind.OUTGOING]: "вихідний лист",
  [DocumentKind.INTERNAL]: "внутрішній документ (службова записка, наказ)",
  [DocumentKind.DECISION]: "рішення міської ради",
  [DocumentKind.COMMITTEE_DECISION]: "рішення виконавчого комітету",
  [DocumentKind.ORDER]: "розпорядження міського голови",
};

registerEnumType(DocumentKind, {
  name: "DocumentKind",
  description: "The kind of a document, which is also its journal: each kind is numbered on its own, per year.",
  valuesConfig: Object.fromEntries(
    Object.entries(DOCUMENT_KIND_NAMES).map(([kind, name]) => [kind, { description: name }]),
  ) as Record<DocumentKind, { description: string }>,
});
registerEnumType(AccessLevel, {
  name: "AccessLevel",
  description: "PUBLIC: anyone; INTERNAL: council staff; RESTRICTED: staff of its department.",
  valuesConfig: {
    PUBLIC: { description: "Anyone may read it (council decisions, orders, answers published)." },
    INTERNAL: { description: "Council staff may read it." },
    RESTRICTED: { description: "Staff of its department (and admins) may read it (для службового користування)." },
  },
});
