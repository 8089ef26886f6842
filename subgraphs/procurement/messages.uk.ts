import type { Catalogue } from "../common/i18n/catalogue";

/** Ukrainian for the procurement subgraph's messages (see common/i18n/catalogue.ts for the form). */
export const PROCUREMENT_MESSAGES: Catalogue = {
  "ocid must be at most {} characters": "ocid має містити не більше {1} символів",
  'cpv must be a CPV code or its leading digits, e.g. "45210000-2" or "4521"':
    'Вкажіть код CPV або його початкові цифри, наприклад "45210000-2" чи "4521"',
  "valueTo must not be less than valueFrom": "Верхня межа вартості (valueTo) не може бути меншою за нижню (valueFrom)",
  "package must be the JSON of an OCDS package: {}": "package має бути JSON пакета OCDS: {1}",
  "Sign in to import procurement data": "Увійдіть, щоб імпортувати дані про закупівлі",
  "Imports are for admins": "Імпорт доступний лише адміністраторам",
  "year must be between {} and {}, got {}": "Рік має бути від {1} до {2}; отримано {3}",
  "Sign in to see over-committed budget lines": "Увійдіть, щоб бачити бюджетні рядки з перевищенням плану",
  "Over-committed budget lines are for managers, analysts and admins":
    "Бюджетні рядки з перевищенням плану доступні керівникам, аналітикам і адміністраторам",
};
