import { registerEnumType } from "type-graphql";

export enum FiscalYearStatus {
  DRAFT = "DRAFT",
  APPROVED = "APPROVED",
  AMENDED = "AMENDED",
  CLOSED = "CLOSED",
}

registerEnumType(FiscalYearStatus, { name: "FiscalYearStatus", description: "Where a budget year stands." });
