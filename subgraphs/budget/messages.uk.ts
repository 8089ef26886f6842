import type { Catalogue } from "../common/i18n/catalogue";

/** Ukrainian for the budget subgraph's messages (see common/i18n/catalogue.ts for the form). */
export const BUDGET_MESSAGES: Catalogue = {
  "year must be between 2000 and 2100, got {}": "Рік має бути від 2000 до 2100; отримано {1}",
  'year must be a year such as 2025, got "{}"': 'Вкажіть рік, наприклад 2025; отримано "{1}"',
  'A budget summary\'s id is "<department id>:<year>", got {}':
    'Ідентифікатор бюджету підрозділу має вигляд "<ідентифікатор підрозділу>:<рік>"; отримано {1}',
};
