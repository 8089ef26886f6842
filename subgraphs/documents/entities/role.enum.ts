import { registerEnumType } from "type-graphql";

/** Staff and citizen roles; values are the JWT `roles` claim, names the GraphQL enum. */
export enum Role {
  CITIZEN = "citizen",
  CLERK = "clerk",
  EXECUTOR = "executor",
  MANAGER = "manager",
  ANALYST = "analyst",
  ADMIN = "admin",
}

registerEnumType(Role, { name: "Role", description: "What a person may do in the city's systems." });
