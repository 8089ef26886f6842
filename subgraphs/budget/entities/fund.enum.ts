import { registerEnumType } from "type-graphql";

/** The funds of a local budget. */
export enum Fund {
  GENERAL = "GENERAL",
  SPECIAL = "SPECIAL",
}

registerEnumType(Fund, { name: "Fund", description: "GENERAL (загальний фонд) or SPECIAL (спеціальний фонд)." });
