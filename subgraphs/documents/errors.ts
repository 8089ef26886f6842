import { userError } from "../common/errors";

/** Errors of the document flow, each with a stable code and a message a person can act on. */
export const documentErrors = {
  forbidden: (message: string) => userError("FORBIDDEN", message),
  documentNotFound: (id: string | number) =>
    userError("NOT_FOUND", `Document ${id} does not exist`, { id: String(id) }),
  resolutionNotFound: (id: string | number) =>
    userError("NOT_FOUND", `Resolution ${id} does not exist or is not yours`, { id: String(id) }),
  resolutionState: (status: string, verb: string) =>
    userError("INVALID_TRANSITION", `A resolution in status ${status} cannot be ${verb}`, { status }),
  conflict: () =>
    userError("CONFLICT", "The resolution was changed by someone else meanwhile; reload it and try again"),
};
