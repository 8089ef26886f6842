import { registerEnumType } from "type-graphql";

export enum FiscalYearStatus {
  DRAFT = "DRAFT",
  APPROVED = "APPROVED",
  AMENDED = "AMENDED",
  CLOSED = "CLOSED",
}

registerEnumType(FiscalYearStatus, {
  name: "FiscalYearStatus",
  description: "Where a budget year stands.",
  valuesConfig: {
    DRAFT: { description: "A draft: not yet adopted by the council." },
    APPROVED: { description: "Adopted by the council's decision; not amended since." },
    AMENDED: { description: "Adopted and amended since." },
    CLOSED: { description: "The year is over: its December report is in." },
  },
});
