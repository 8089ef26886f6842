import { registerEnumType } from "type-graphql";

/** OCDS closed code lists; values are the OCDS codes as stored and exported. */
export enum ProcurementMethod {
  OPEN = "open",
  SELECTIVE = "selective",
  LIMITED = "limited",
  DIRECT = "direct",
}

export enum ProcurementCategory {
  GOODS = "goods",
  WORKS = "works",
  SERVICES = "services",
}

export enum AwardStatus {
  PENDING = "pending",
  ACTIVE = "active",
  CANCELLED = "cancelled",
  UNSUCCESSFUL = "unsuccessful",
}

export enum ContractStatus {
  PENDING = "pending",
  ACTIVE = "active",
  CANCELLED = "cancelled",
  TERMINATED = "terminated",
}

registerEnumType(ProcurementMethod, {
  name: "ProcurementMethod",
  description: "OCDS method: open, selective, limited, direct.",
});
registerEnumType(ProcurementCategory, { name: "ProcurementCategory", description: "OCDS main procurement category." });
registerEnumType(AwardStatus, { name: "AwardStatus" });
registerEnumType(ContractStatus, { name: "ContractStatus" });
