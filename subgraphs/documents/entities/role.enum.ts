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

registerEnumType(Role, {
  name: "Role",
  description: "What a person may do in the city's systems.",
  valuesConfig: {
    CITIZEN: { description: "A resident signed in: submits and follows their own appeals." },
    CLERK: { description: "Keeps a department's paperwork (діловод): registers documents and appeals." },
    EXECUTOR: { description: "Executes resolutions and answers appeals assigned to them." },
    MANAGER: { description: "Heads a unit: puts resolutions, assigns appeals, sees its statistics." },
    ANALYST: {
      description: "Reads statistics across the council: appeals, control of execution, budget lines over-committed.",
    },
    ADMIN: { description: "Administers the systems: every record, the audit trail, imports." },
  },
});
