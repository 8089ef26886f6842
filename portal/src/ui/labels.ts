/** Ukrainian names of the graph's enum values the portal shows. */
export const TENDER_STATUS: Record<string, string> = {
  PLANNING: "планується",
  PLANNED: "заплановано",
  ACTIVE: "активний",
  CANCELLED: "скасовано",
  UNSUCCESSFUL: "не відбувся",
  COMPLETE: "завершено",
  WITHDRAWN: "відкликано",
};

export const COMPETITION_KIND: Record<string, string> = {
  CARRIER_SELECTION: "вибір перевізника",
  PUBLIC_PROJECT: "громадський проєкт",
  VACANCY: "вакансія",
  PROPERTY_LEASE: "оренда майна",
  OTHER: "інше",
};

export const APPEAL_STATUS: Record<string, string> = {
  REGISTERED: "зареєстровано",
  ASSIGNED: "передано виконавцю",
  IN_PROGRESS: "розглядається",
  ANSWERED: "надано відповідь",
  CLOSED: "закрито",
  FORWARDED: "переслано за належністю",
  REJECTED: "відмовлено в розгляді",
};

export const APPEAL_TYPE: Record<string, string> = {
  PROPOSAL: "пропозиція (зауваження)",
  APPLICATION: "заява (клопотання)",
  COMPLAINT: "скарга",
};

export const DOCUMENT_KIND: Record<string, string> = {
  INCOMING: "вхідний лист",
  OUTGOING: "вихідний лист",
  INTERNAL: "внутрішній документ",
  DECISION: "рішення міської ради",
  COMMITTEE_DECISION: "рішення виконавчого комітету",
  ORDER: "розпорядження міського голови",
};

export const BUDGET_STATUS: Record<string, string> = {
  DRAFT: "проєкт",
  APPROVED: "затверджено",
  AMENDED: "зі змінами",
  CLOSED: "рік закрито",
};

export const label = (names: Record<string, string>, value: string | null | undefined): string =>
  value == null ? "—" : (names[value] ?? value);

export const PROCUREMENT_METHOD: Record<string, string> = {
  OPEN: "відкриті торги",
  SELECTIVE: "торги з обмеженою участю",
  LIMITED: "переговорна процедура",
  DIRECT: "пряма закупівля",
};

export const PROCUREMENT_CATEGORY: Record<string, string> = { GOODS: "товари", WORKS: "роботи", SERVICES: "послуги" };

export const AWARD_STATUS: Record<string, string> = {
  PENDING: "розглядається",
  ACTIVE: "переможець",
  CANCELLED: "скасовано",
  UNSUCCESSFUL: "відхилено",
};

export const CONTRACT_STATUS: Record<string, string> = {
  PENDING: "готується",
  ACTIVE: "діє",
  CANCELLED: "скасовано",
  TERMINATED: "завершено",
};
