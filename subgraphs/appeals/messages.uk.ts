import type { Catalogue } from "../common/i18n/catalogue";

/** Ukrainian for the appeals subgraph's messages (see common/i18n/catalogue.ts for the form). */
export const APPEALS_MESSAGES: Catalogue = {
  // Submitting an appeal: what a citizen meets first.
  "fullName must be the applicant's full name (surname and name)": "Вкажіть повне ім'я заявника: прізвище та ім'я",
  "fullName must be 3 to {} characters": "Повне ім'я має містити від 3 до {1} символів",
  "address must be the place of residence, 5 to {} characters": "Вкажіть місце проживання: від 5 до {1} символів",
  "email must be an e-mail address such as name@example.com":
    "Вкажіть адресу електронної пошти, наприклад name@example.com",
  "email must be at most {} characters": "Адреса електронної пошти має містити не більше {1} символів",
  "phone must be a phone number such as +380 44 123 45 67": "Вкажіть номер телефону, наприклад +380 44 123 45 67",
  "location.address must be at most {} characters": "Адреса місця має містити не більше {1} символів",
  "location.latitude must be between -90 and 90": "Широта має бути від -90 до 90",
  "location.longitude must be between -180 and 180": "Довгота має бути від -180 до 180",
  "idempotencyKey must be 8 to {} characters":
    "Ключ ідемпотентності (idempotencyKey) має містити від 8 до {1} символів",
  "category must be a code from appealCategories": "Оберіть категорію зі списку категорій звернень",
  "category must be one of {}": "Оберіть категорію зі списку: {1}",
  "subject must be 3 to {} characters": "Тема має містити від 3 до {1} символів",
  "text must be 10 to {} characters": "Текст має містити від 10 до {1} символів",
  "An e-mail or a phone is required to answer an appeal filed by portal, e-mail or hotline":
    "Щоб надіслати відповідь на звернення, подане через портал, електронною поштою чи гарячою лінією, вкажіть електронну пошту або телефон",
  "idempotencyKey was already used for a different appeal; choose a new key for a new appeal":
    "Цей ключ ідемпотентності вже використано для іншого звернення; для нового звернення оберіть новий ключ",
  // Following and handling an appeal.
  "Appeal {} does not exist or is not yours to see": "Звернення {1} не існує або ви не маєте права його бачити",
  "The appeal is {} and can no longer change": "Звернення має статус {1} і більше не може змінюватися",
  "An appeal in status {} cannot be {}": "Зі зверненням у статусі {1} не можна виконати цю дію ({2})",
  "The appeal was changed by someone else meanwhile; reload it and try again":
    "Тим часом звернення змінив хтось інший; оновіть його й спробуйте ще раз",
  "documentId must be a document id": "documentId має бути ідентифікатором документа",
  "{} must be {} to {} characters": "{1} має містити від {2} до {3} символів",
  "An appeal is forwarded within {} days of receipt; this one was received {} days ago":
    "Звернення пересилають протягом {1} днів від надходження; це надійшло {2} днів тому",
  "dueDate must be after the current due date {}": "Новий строк має бути пізніше за чинний строк {1}",
  "dueDate must be no later than {}: {} days from receipt": "Строк має бути не пізніше {1}: {2} днів від надходження",
  "The applicant stated no privilege, so there is none to decline": "Заявник не заявляв пільги, тож відхиляти нічого",
  "category is required to confirm a privilege the applicant did not name":
    "Щоб підтвердити пільгу, яку заявник не назвав, вкажіть її категорію",
  "There is no department {}; choose one of the council's departments (the departments query lists them)":
    "Підрозділу {1} немає; оберіть один із підрозділів ради (їх перелічує запит departments)",
  "There is no member of staff {}; choose an executor among the staff of department {}":
    "Працівника {1} немає; оберіть виконавця серед працівників підрозділу {2}",
  "{} (staff {}) works in department {}, not in {} ({}); choose an executor of department {}, or assign the appeal to department {}":
    "{1} (працівник {2}) працює в підрозділі {3}, а не в {4} ({5}); оберіть виконавця з підрозділу {6} або передайте звернення підрозділу {7}",
  "reasonCode REPEATED needs an earlier appeal of the same applicant in the same category within a year; this appeal has none":
    "Причина REPEATED потребує попереднього звернення того самого заявника в тій самій категорії протягом року; у цього звернення такого немає",
  "reasonCode REPEATED needs an earlier appeal that was answered; none of the applicant's {} earlier appeal(s) in this category has an answer yet":
    "Причина REPEATED потребує попереднього звернення, на яке вже відповіли; жодне з {1} попередніх звернень заявника в цій категорії ще не має відповіді",
  "Give the period as since and until (calendar days in Kyiv time), or as from and to (instants), not both":
    "Вкажіть період або днями since і until (календарні дні за київським часом), або моментами from і to, але не обома способами",
  "to must be later than from": "Кінець періоду (to) має бути пізніше за початок (from)",
  "You may not have this appeal {}": "Вам не дозволено цю дію над зверненням ({1})",
  // Access rules.
  "Sign in to handle appeals": "Увійдіть, щоб опрацьовувати звернення",
  "Sign in to see appeals": "Увійдіть, щоб бачити звернення",
  "Your roles give access to appeal statistics, not to appeals":
    "Ваші ролі дають доступ до статистики звернень, а не до самих звернень",
  "Sign in to see appeal statistics": "Увійдіть, щоб бачити статистику звернень",
  "Appeal statistics are for managers, analysts and admins":
    "Статистика звернень доступна керівникам, аналітикам і адміністраторам",
  '{} must be a date-time such as 2026-01-01T00:00:00+02:00, got "{}"':
    'Параметр {1} має бути датою й часом, наприклад 2026-01-01T00:00:00+02:00; отримано "{2}"',
  'groupBy takes {}, got "{}"': 'groupBy приймає {1}; отримано "{2}"',
  "groupBy takes one or two different dimensions, got [{}]":
    "groupBy приймає один або два різні виміри; отримано [{1}]",
};
