import { registerEnumType } from "type-graphql";

/** The funds of a local budget. */
export enum Fund {
  GENERAL = "GENERAL",
  SPECIAL = "SPECIAL",
}

registerEnumType(Fund, {
  name: "Fund",
  description: "GENERAL (загальний фонд) or SPECIAL (спеціальний фонд).",
  valuesConfig: {
    GENERAL: { description: "The general fund (загальний фонд): revenue not earmarked for a purpose." },
    SPECIAL: { description: "The special fund (спеціальний фонд): earmarked revenue and its spending." },
  },
});
