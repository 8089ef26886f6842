import type { Catalogue } from "../subgraphs/common/i18n/catalogue";

/** Ukrainian for the gateway's own messages (see subgraphs/common/i18n/catalogue.ts for the form). */
export const GATEWAY_MESSAGES: Catalogue = {
  "Anonymous callers may run only the city's published operations: send the id of one from schema/persisted-documents.json as extensions.persistedQuery.sha256Hash":
    "Анонімні клієнти можуть виконувати лише опубліковані операції міста: надішліть ідентифікатор однієї з schema/persisted-documents.json у extensions.persistedQuery.sha256Hash",
  "Authorization must be 'Bearer <JWT>'": "Заголовок Authorization має бути 'Bearer <JWT>'",
  "Token has expired; sign in again": "Строк дії токена минув; увійдіть знову",
  "Token is not valid: {}": "Токен недійсний: {1}",
  "Token claim iat is in the future (more than {} s ahead of the gateway's clock); check the issuer's clock":
    "Поле токена iat у майбутньому (більш ніж на {1} с попереду годинника шлюзу); перевірте годинник видавця",
  "Token claim exp is too far ahead: a token may be valid for at most {} s, this one for {} s":
    "Поле токена exp задалеко в майбутньому: токен може діяти щонайбільше {1} с, цей — {2} с",
  "Token claim sub must be a non-empty string of at most {} characters":
    "Поле токена sub має бути непорожнім рядком до {1} символів",
  "Token claim roles must be a list of {}": "Поле токена roles має бути списком із {1}",
  "Token claim sub of a member of staff must be a Staff id from 1 to {}":
    "Поле токена sub працівника має бути ідентифікатором працівника від 1 до {1}",
  "Token claim departmentId must be a department id from 1 to {}":
    "Поле токена departmentId має бути ідентифікатором підрозділу від 1 до {1}",
  "Root field limit of {} exceeded, found {}": "Перевищено межу кореневих полів ({1}), знайдено {2}",
  "Query cost limit of {} exceeded, estimated {} (fields × page and list sizes); ask for fewer items per page":
    "Перевищено межу вартості запиту ({1}), оцінка {2} (поля × розміри сторінок і списків); просіть менше елементів на сторінку",
  "Subscriptions are not served; send a query or a mutation": "Підписки не обслуговуються; надішліть запит або мутацію",
  "Too many submissions: at most {} in {} s; try again in {} s":
    "Забагато подань: не більше {1} за {2} с; спробуйте знову через {3} с",
  "The service behind {} is not reachable; try again later": "Служба за {1} недоступна; спробуйте пізніше",
  "The {} service cannot be reached right now, so this part of the answer is missing; try again in {} seconds":
    "Служба {1} зараз недоступна, тож цієї частини відповіді немає; спробуйте ще раз за {2} с",
  "The {} service did not answer in time, so this part of the answer is missing; try again in {} seconds":
    "Служба {1} не відповіла вчасно, тож цієї частини відповіді немає; спробуйте ще раз за {2} с",
};
