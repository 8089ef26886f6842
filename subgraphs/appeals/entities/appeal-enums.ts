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

registerEnumType(AppealType, { name: "AppealType" });
registerEnumType(PrivilegeCategory, {
  name: "PrivilegeCategory",
  description: "A statutory privilege the applicant states.",
});
registerEnumType(PrivilegeStatus, {
  name: "PrivilegeStatus",
  description: "Stated (CLAIMED) until staff confirm or decline it.",
});
registerEnumType(AppealRejectionReason, {
  name: "AppealRejectionReason",
  description: "Grounds of art. 8 for leaving an appeal without consideration.",
});
registerEnumType(AppealChannel, { name: "AppealChannel" });
registerEnumType(AppealStatus, { name: "AppealStatus" });
registerEnumType(AppealGrouping, { name: "AppealGrouping" });

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
