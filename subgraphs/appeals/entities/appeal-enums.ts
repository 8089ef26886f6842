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

registerEnumType(AppealType, { name: "AppealType" });
registerEnumType(AppealChannel, { name: "AppealChannel" });
registerEnumType(AppealStatus, { name: "AppealStatus" });
registerEnumType(AppealGrouping, { name: "AppealGrouping" });

export const TYPE_LABELS: Record<AppealType, string> = { PROPOSAL: "Пропозиція", APPLICATION: "Заява", COMPLAINT: "Скарга" };
export const CHANNEL_LABELS: Record<AppealChannel, string> = {
  PORTAL: "Портал",
  EMAIL: "Електронна пошта",
  POST: "Пошта",
  RECEPTION: "Особистий прийом",
  HOTLINE: "Гаряча лінія",
};
