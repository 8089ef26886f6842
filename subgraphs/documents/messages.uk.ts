import type { Catalogue } from "../common/i18n/catalogue";

/** Ukrainian for the documents subgraph's messages (see common/i18n/catalogue.ts for the form). */
export const DOCUMENTS_MESSAGES: Catalogue = {
  "Document {} does not exist": "Документа {1} не існує",
  "Resolution {} does not exist or is not yours": "Резолюції {1} не існує або вона не ваша",
  "A resolution in status {} cannot be {}": "З резолюцією у статусі {1} не можна виконати цю дію ({2})",
  "The resolution was changed by someone else meanwhile; reload it and try again":
    "Тим часом резолюцію змінив хтось інший; оновіть її й спробуйте ще раз",
  "title must be 3 to {} characters": "Назва має містити від 3 до {1} символів",
  "summary must be at most {} characters": "Короткий зміст має містити не більше {1} символів",
  "correspondent must be at most {} characters": "Кореспондент має містити не більше {1} символів",
  "departmentId must be a department id": "departmentId має бути ідентифікатором підрозділу",
  'fileIndex must be a nomenclature index such as "03-8"': 'Вкажіть індекс справи за номенклатурою, наприклад "03-8"',
  "text must be 3 to {} characters": "Текст має містити від 3 до {1} символів",
  "executorIds must name at least one executor": "Вкажіть принаймні одного виконавця",
  "executorIds must name at most {} executors": "Вкажіть не більше {1} виконавців",
  "executorIds must not repeat a person": "Виконавці не мають повторюватися",
  "No staff with id {}": "Немає працівників з ідентифікаторами {1}",
  "dueDate must not be in the past ({} falls on {})": "Строк не може бути в минулому ({1} припадає на {2})",
  "report must be 3 to {} characters": "Звіт має містити від 3 до {1} символів",
  "Department {} does not exist": "Підрозділу {1} не існує",
  "Clerks and managers register documents of their own department":
    "Діловоди й керівники реєструють документи лише свого підрозділу",
  "Only the responsible executor completes a resolution": "Виконання резолюції завершує лише відповідальний виконавець",
  "Only the controller who put the resolution accepts or returns its report":
    "Звіт приймає або повертає лише контролер, який наклав резолюцію",
  "Resolutions are put by the head of the document's department": "Резолюції накладає керівник підрозділу документа",
  "There is no document {}; register the answer letter as an outgoing document first, then link it":
    "Документа {1} немає; спершу зареєструйте лист-відповідь як вихідний документ, потім прив'яжіть його",
  "You may not read document {} (id {}), so it cannot be your answer letter; link a letter you registered or may read":
    "Ви не можете читати документ {1} (id {2}), тож він не може бути вашим листом-відповіддю; прив'яжіть лист, який ви зареєстрували або можете читати",
  "Document {} (id {}) is a {}, not an outgoing letter; register the answer as an outgoing document (kind OUTGOING) and link that":
    "Документ {1} (id {2}) має вид {3}, а не вихідний лист; зареєструйте відповідь як вихідний документ (вид OUTGOING) і прив'яжіть його",
  "Document {} (id {}) already answers another appeal; register a letter of its own for this one":
    "Документ {1} (id {2}) уже є відповіддю на інше звернення; зареєструйте для цього окремий лист",
  // Files (the /files route answers in JSON with these messages too).
  'X-File-Name must be the file name URL-encoded as UTF-8 (e.g. encodeURIComponent), got "{}"':
    'X-File-Name має бути назвою файлу, закодованою для URL у UTF-8 (наприклад, encodeURIComponent); отримано "{1}"',
  "Files are added by staff of the document's department": "Файли додають працівники підрозділу документа",
  "Send the file's media type as Content-Type, e.g. application/pdf":
    "Надішліть тип файлу в заголовку Content-Type, наприклад application/pdf",
  "Send the file name (1-255 characters, no slashes or control characters) as X-File-Name, URL-encoded":
    "Надішліть назву файлу (1–255 символів, без скісних рисок і керівних символів) у заголовку X-File-Name, закодовану для URL",
  "{}; split it or ask for a larger MAX_FILE_BYTES": "{1}; розділіть файл або попросіть більший MAX_FILE_BYTES",
  "Document {} has no file version {}": "Документ {1} не має версії файлу {2}",
  "The stored file failed its integrity check; it is not served, and the incident is recorded":
    "Збережений файл не пройшов перевірки цілісності; його не видано, випадок зафіксовано",
  // Access rules.
  "Sign in to search the council's documents; publicDocuments needs no sign-in":
    "Увійдіть, щоб шукати документи ради; publicDocuments доступний без входу",
  "Sign in to register documents": "Увійдіть, щоб реєструвати документи",
  "Sign in to put resolutions on documents": "Увійдіть, щоб накладати резолюції на документи",
  "Sign in to work on resolutions": "Увійдіть, щоб працювати з резолюціями",
  "Sign in to upload files": "Увійдіть, щоб завантажувати файли",
  "Sign in to see your assignments": "Увійдіть, щоб бачити свої доручення",
  "Sign in to see control statistics": "Увійдіть, щоб бачити статистику контролю",
  "Control statistics are for managers, analysts and admins":
    "Статистика контролю доступна керівникам, аналітикам і адміністраторам",
  "Sign in to read the audit trail": "Увійдіть, щоб читати журнал аудиту",
  "The audit trail is for admins": "Журнал аудиту доступний лише адміністраторам",
  "Sign in to see the roles of staff": "Увійдіть, щоб бачити ролі працівників",
  "The roles of staff are visible to staff only": "Ролі працівників бачать лише працівники",
  "Sign in to link answer letters": "Увійдіть, щоб прив'язувати листи-відповіді",
  "Only staff answering an appeal link its answer letter":
    "Лист-відповідь прив'язує лише працівник, який відповідає на звернення",
};
