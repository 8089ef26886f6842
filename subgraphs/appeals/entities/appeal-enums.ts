import { registerEnumType } from "type-graphql";

/** The three kinds of appeal the law names (art. 3). */
export enum AppealType {
  PROPOSAL = "PROPOSAL",
  APPLICATION = "APPLICATION",
  COMPLAINT = "COMPLAINT",
}

/** How the appeal reached the council. */
export enum AppealChannel {
  PORTAL = "PORTAL",
  EMAIL = "EMAIL",
  POST = "POST",
  RECEPTION = "RECEPTION",
  HOTLINE = "HOTLINE",
}

/** Where an appeal stands; the transitions between them are in services/appeal-transitions.ts. */
export enum AppealStatus {
  REGISTERED = "REGISTERED",
  ASSIGNED = "ASSIGNED",
  IN_PROGRESS = "IN_PROGRESS",
  ANSWERED = "ANSWERED",
  CLOSED = "CLOSED",
  FORWARDED = "FORWARDED",
  REJECTED = "REJECTED",
}

/** How appeal statistics are grouped. */
export enum AppealGrouping {
  CATEGORY = "CATEGORY",
  DEPARTMENT = "DEPARTMENT",
  TYPE = "TYPE",
  CHANNEL = "CHANNEL",
  MONTH = "MONTH",
}

/**
 * Statutory privileges that put an appeal first (art. 20 of the Law; the laws on war veterans,
 * persons with disabilities and Chornobyl victims). A category is the applicant's personal data.
 */
export enum PrivilegeCategory {
  HERO_OF_UKRAINE = "HERO_OF_UKRAINE",
  WAR_DISABLED = "WAR_DISABLED",
  COMBATANT = "COMBATANT",
  WAR_VETERAN = "WAR_VETERAN",
  PERSON_WITH_DISABILITY = "PERSON_WITH_DISABILITY",
  CHORNOBYL = "CHORNOBYL",
  OTHER = "OTHER",
}

/** A stated privilege until staff check it: only CONFIRMED orders the queue. */
export enum PrivilegeStatus {
  NONE = "NONE",
  CLAIMED = "CLAIMED",
  CONFIRMED = "CONFIRMED",
  DECLINED = "DECLINED",
}

/** Grounds for leaving an appeal without consideration (art. 8 of the Law). */
export enum AppealRejectionReason {
  /** The same person on a question already decided: needs an answered earlier appeal. */
  REPEATED = "REPEATED",
  ANONYMOUS = "ANONYMOUS",
  /** Does not meet art. 5 (no name, residence or question). */
  INCOMPLETE = "INCOMPLETE",
  /** A complaint filed after the term of art. 17. */
  COMPLAINT_TERM_MISSED = "COMPLAINT_TERM_MISSED",
  OTHER = "OTHER",
}

registerEnumType(AppealType, {
  name: "AppealType",
  description: "The kind of appeal the law names (art. 3 of the Law on citizens' appeals).",
  valuesConfig: {
    PROPOSAL: { description: "Пропозиція: a proposal or remark on how things could be done." },
    APPLICATION: { description: "Заява: a request to exercise a right or have something done." },
    COMPLAINT: { description: "Скарга: a complaint about a decision, action or inaction." },
  },
});
registerEnumType(PrivilegeCategory, {
  name: "PrivilegeCategory",
  description: "A statutory privilege the applicant states.",
  valuesConfig: {
    HERO_OF_UKRAINE: { description: "Hero of Ukraine (Герой України)." },
    WAR_DISABLED: { description: "A person with disability from war (особа з інвалідністю внаслідок війни)." },
    COMBATANT: { description: "A combatant (учасник бойових дій)." },
    WAR_VETERAN: { description: "A war veteran (ветеран війни)." },
    PERSON_WITH_DISABILITY: { description: "A person with disability (особа з інвалідністю)." },
    CHORNOBYL: {
      description: "A person affected by the Chornobyl disaster (постраждалий від Чорнобильської катастрофи).",
    },
    OTHER: { description: "Another privilege the law gives." },
  },
});
registerEnumType(PrivilegeStatus, {
  name: "PrivilegeStatus",
  description: "Stated (CLAIMED) until staff confirm or decline it.",
  valuesConfig: {
    NONE: { description: "No privilege stated." },
    CLAIMED: { description: "Stated by the applicant; staff have not checked it yet." },
    CONFIRMED: { description: "Staff saw the proof: the appeal goes first." },
    DECLINED: { description: "Staff did not confirm it: the appeal is handled in the general order." },
  },
});
registerEnumType(AppealRejectionReason, {
  name: "AppealRejectionReason",
  description: "Grounds of art. 8 for leaving an appeal without consideration.",
  valuesConfig: {
    REPEATED: { description: "The same person on a question already decided: needs an answered earlier appeal." },
    ANONYMOUS: { description: "Anonymous: no author can be identified." },
    INCOMPLETE: { description: "Does not meet art. 5: no name, place of residence or question." },
    COMPLAINT_TERM_MISSED: { description: "A complaint filed after the term of art. 17." },
    OTHER: { description: "Another ground of art. 8, named in the reason." },
  },
});
registerEnumType(AppealChannel, {
  name: "AppealChannel",
  description: "How the appeal reached the council.",
  valuesConfig: {
    PORTAL: { description: "Through the city's portal (Портал)." },
    EMAIL: { description: "By e-mail (Електронна пошта)." },
    POST: { description: "By post (Пошта)." },
    RECEPTION: { description: "In person at a reception (Особистий прийом)." },
    HOTLINE: { description: "By the city's hotline (Гаряча лінія)." },
  },
});
registerEnumType(AppealStatus, {
  name: "AppealStatus",
  description: "Where an appeal stands in its handling.",
  valuesConfig: {
    REGISTERED: { description: "Registered; not yet routed to a department." },
    ASSIGNED: { description: "Routed to a department (and maybe an executor)." },
    IN_PROGRESS: { description: "The executor is working on it." },
    ANSWERED: { description: "The answer is given." },
    CLOSED: { description: "Answered and closed." },
    FORWARDED: { description: "Sent to the body it belongs to (art. 7)." },
    REJECTED: { description: "Left without consideration (art. 8)." },
  },
});
registerEnumType(AppealGrouping, {
  name: "AppealGrouping",
  description: "A dimension appeal statistics are grouped by.",
  valuesConfig: {
    CATEGORY: { description: "By category (its code)." },
    DEPARTMENT: { description: "By the department handling them (its id)." },
    TYPE: { description: "By type: proposal, application, complaint." },
    CHANNEL: { description: "By the channel they came by." },
    MONTH: { description: "By month of receipt, YYYY-MM in Kyiv time." },
  },
});

export const TYPE_LABELS: Record<AppealType, string> = {
  PROPOSAL: "Пропозиція",
  APPLICATION: "Заява",
  COMPLAINT: "Скарга",
};
export const CHANNEL_LABELS: Record<AppealChannel, string> = {
  PORTAL: "Портал",
  EMAIL: "Електронна пошта",
  POST: "Пошта",
  RECEPTION: "Особистий прийом",
  HOTLINE: "Гаряча лінія",
};
