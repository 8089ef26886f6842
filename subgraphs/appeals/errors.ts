import { userError } from "../common/errors";
import type { AppealStatus } from "./entities/appeal-enums";

/** Errors of the appeals workflow, each with a stable code. */
export const appealErrors = {
  forbidden: (message: string) => userError("FORBIDDEN", message),
  notFound: (id: string | number) =>
    userError("NOT_FOUND", `Appeal ${id} does not exist or is not yours to see`, { id: String(id) }),
  closed: (status: AppealStatus) => userError("APPEAL_CLOSED", `The appeal is ${status} and can no longer change`),
  transition: (from: AppealStatus, action: string) =>
    userError("INVALID_TRANSITION", `An appeal in status ${from} cannot be ${action}`, { status: from }),
  conflict: () => userError("CONFLICT", "The appeal was changed by someone else meanwhile; reload it and try again"),
  idempotencyMismatch: () =>
    userError("CONFLICT", "idempotencyKey was already used for a different appeal; choose a new key for a new appeal", {
      field: "idempotencyKey",
    }),
};
