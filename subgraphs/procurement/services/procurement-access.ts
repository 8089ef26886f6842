import { withRole } from "../../common/authorization";

/** The budget lines whose contracts exceed their plan: the mayor's office alert, for managers, analysts and admins. */
export const OVER_COMMITTED_LINES = withRole(
  ["manager", "analyst", "admin"],
  "see over-committed budget lines",
  "Over-committed budget lines are for managers, analysts and admins",
);
