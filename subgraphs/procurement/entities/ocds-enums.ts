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
  valuesConfig: {
    OPEN: { description: "Open: anyone may bid (відкриті торги)." },
    SELECTIVE: { description: "Selective: only qualified bidders (торги з обмеженою участю)." },
    LIMITED: { description: "Limited: the buyer invites bidders (переговорна процедура)." },
    DIRECT: { description: "Direct award without competition." },
  },
});
registerEnumType(ProcurementCategory, {
  name: "ProcurementCategory",
  description: "OCDS main procurement category.",
  valuesConfig: {
    GOODS: { description: "Goods (товари)." },
    WORKS: { description: "Works, such as construction or repair (роботи)." },
    SERVICES: { description: "Services (послуги)." },
  },
});
registerEnumType(AwardStatus, {
  name: "AwardStatus",
  description: "OCDS award status: where the decision on a winner stands.",
  valuesConfig: {
    PENDING: { description: "Proposed, not yet decided." },
    ACTIVE: { description: "Decided: the supplier won." },
    CANCELLED: { description: "Withdrawn or cancelled." },
    UNSUCCESSFUL: { description: "Decided against (disqualified, for example)." },
  },
});
registerEnumType(ContractStatus, {
  name: "ContractStatus",
  description: "OCDS contract status.",
  valuesConfig: {
    PENDING: { description: "Not yet signed or in force." },
    ACTIVE: { description: "Signed and in force." },
    CANCELLED: { description: "Cancelled before it came into force." },
    TERMINATED: { description: "Ended: fulfilled or terminated early." },
  },
});
