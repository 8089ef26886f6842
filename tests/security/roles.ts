import { bearer, signToken, staffHeaders } from "../helpers/tokens";

/** The callers of the access matrix; staff subjects are demo Staff ids, departments demo ids. */
export const ROLE_NAMES = [
  "anonymous",
  "citizenOwn",
  "citizenOther",
  "clerk",
  "executor",
  "manager",
  "analyst",
  "admin",
  "otherDepartment",
] as const;
export type RoleName = (typeof ROLE_NAMES)[number];

export async function roleHeaders(): Promise<Record<RoleName, Record<string, string>>> {
  const staff = staffHeaders;
  return {
    anonymous: {},
    citizenOwn: bearer(await signToken({ roles: ["citizen"] }, { sub: "citizen-demo" })),
    citizenOther: bearer(await signToken({ roles: ["citizen"] }, { sub: "citizen-someone-else" })),
    clerk: await staff("3", "2", "clerk", "executor"),
    executor: await staff("10", "6", "executor"),
    manager: await staff("9", "6", "manager"),
    analyst: await staff("12", "7", "analyst"),
    admin: await staff("1", "1", "manager", "admin"),
    otherDepartment: await staff("4", "3", "manager"),
  };
}
