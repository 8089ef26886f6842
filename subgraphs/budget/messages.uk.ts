import type { Catalogue } from "../common/i18n/catalogue";

/** Ukrainian for the budget subgraph's messages (see common/i18n/catalogue.ts for the form). */
export const BUDGET_MESSAGES: Catalogue = {
  "year must be between {} and {}, got {}": "Рік має бути від {1} до {2}; отримано {3}",
  'year must be a year such as 2025, got "{}"': 'Вкажіть рік, наприклад 2025; отримано "{1}"',
  'A budget summary\'s id is "<department id>:<year>", got {}':
    'Ідентифікатор бюджету підрозділу має вигляд "<ідентифікатор підрозділу>:<рік>"; отримано {1}',
};
