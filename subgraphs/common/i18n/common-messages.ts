import type { Catalogue } from "./catalogue";

/** Ukrainian for the messages of subgraphs/common (ids, pages, scalars, sign-in, the envelope). */
export const COMMON_MESSAGES: Catalogue = {
  '{} must be a positive integer id, got "{}"': '{1} має бути ідентифікатором: цілим додатним числом; отримано "{2}"',
  "{} must be between 0 and {}, got {}": "{1} має бути від 0 до {2}; отримано {3}",
  "after must be an endCursor returned by this list":
    "after має бути курсором endCursor, який повернув цей самий список",
  "before must be a startCursor returned by this list":
    "before має бути курсором startCursor, який повернув цей самий список",
  "{} is a cursor of the order {}, but this list is now ordered by {}: ask with the orderBy (and search) that gave the cursor, or start again without {}":
    "{1} є курсором порядку {2}, а цей список тепер упорядковано як {3}: запитуйте з тим orderBy (і пошуком), що дали курсор, або почніть спочатку без {4}",
  "page counts pages from the start and cannot be combined with {}: ask by page number or by cursor":
    "page лічить сторінки від початку й не поєднується з {1}: запитуйте або за номером сторінки, або за курсором",
  "page must be 1 or more, got {}": "page має бути 1 або більше; отримано {1}",
  "page {} is too deep (over {} edges): page on with after instead":
    "сторінка {1} надто далека (понад {2} записів): гортайте далі за курсором after",
  "after and before cannot be combined: page forward with after or backward with before":
    "after і before не поєднуються: гортайте вперед з after або назад з before",
  "search must be at most {} characters": "Пошуковий запит має містити не більше {1} символів",
  "{} must not contain the NUL character (\\u0000)": "{1} не може містити символ NUL (\\u0000)",
  "Date must be a calendar day written YYYY-MM-DD, got {}":
    "Дата має бути календарним днем у форматі РРРР-ММ-ДД; отримано {1}",
  'Decimal must be a string like "1250000.00" (up to 16 digits, at most 2 after the point), got {}':
    'Сума має бути рядком на кшталт "1250000.00" (до 16 цифр, не більше 2 після крапки); отримано {1}',
  "The {} service cannot be reached right now, so nothing was changed; try again in {} seconds":
    "Служба {1} зараз недоступна, тож нічого не змінено; спробуйте ще раз за {2} с",
  "This part of the answer is unavailable: its database cannot be reached right now; try again in {} seconds":
    "Ця частина відповіді недоступна: її база даних зараз недосяжна; спробуйте ще раз за {1} с",
  "{}: subgraphs answer only requests signed by the gateway":
    "{1}: підграфи відповідають лише на запити, підписані шлюзом",
  "No route {} {}": "Немає маршруту {1} {2}",
  "{} must not be before {}": "{1} не може бути раніше за {2}",
  "Internal server error": "Внутрішня помилка сервера",
};
