import { AppealStatus } from "../entities/appeal-enums";

/** What can be done to an appeal; each action moves it to one status. */
export type AppealAction = "assign" | "start" | "answer" | "close" | "forward" | "reject" | "extend" | "privilege";

const { REGISTERED, ASSIGNED, IN_PROGRESS, ANSWERED, CLOSED, FORWARDED, REJECTED } = AppealStatus;

/** The lifecycle: the statuses each action may start from, and where it leads. */
export const TRANSITIONS: Record<AppealAction, { from: AppealStatus[]; to: AppealStatus | "same"; verb: string }> = {
  assign: { from: [REGISTERED, ASSIGNED, IN_PROGRESS], to: ASSIGNED, verb: "assigned" },
  start: { from: [ASSIGNED], to: IN_PROGRESS, verb: "taken into work" },
  answer: { from: [ASSIGNED, IN_PROGRESS], to: ANSWERED, verb: "answered" },
  close: { from: [ANSWERED], to: CLOSED, verb: "closed" },
  forward: { from: [REGISTERED, ASSIGNED], to: FORWARDED, verb: "forwarded" },
  reject: { from: [REGISTERED, ASSIGNED, IN_PROGRESS], to: REJECTED, verb: "rejected" },
  extend: { from: [REGISTERED, ASSIGNED, IN_PROGRESS], to: "same", verb: "given a longer term" },
  privilege: {
    from: [REGISTERED, ASSIGNED, IN_PROGRESS],
    to: "same",
    verb: "given a decision on the applicant's privilege",
  },
};

/** Statuses from which nothing moves any more. */
export const FINAL_STATUSES: AppealStatus[] = [CLOSED, FORWARDED, REJECTED];
