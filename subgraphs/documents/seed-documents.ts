import { AccessLevel, DocumentKind, ResolutionStatus } from "./entities/document-enums";

/**
 * Demo documents, registered in this order: [id, kind, file index, title, summary, correspondent, department,
 * access, days ago]. Public council acts, answer letters to the demo appeals (outgoing: their
 * stamp is public, their content only for the appeal's handlers, see DEMO_ANSWER_LETTERS; ids 4-9
 * are the letters the appeals demo links), a restricted note and an incoming letter.
 */
const K = DocumentKind;
const A = AccessLevel;

export const DEMO_DOCUMENTS: [
  number,
  DocumentKind,
  string,
  string,
  string | null,
  string | null,
  number,
  AccessLevel,
  number,
][] = [
  [
    1,
    K.DECISION,
    "01-12",
    "Про затвердження Програми розвитку громадського транспорту",
    "Програма оновлення тролейбусів і автобусів міста на три роки",
    null,
    1,
    A.PUBLIC,
    90,
  ],
  [
    2,
    K.DECISION,
    "01-12",
    "Про бюджет Житомирської міської територіальної громади",
    "Доходи, видатки та фінансування бюджету громади на рік",
    null,
    7,
    A.PUBLIC,
    60,
  ],
  [
    3,
    K.ORDER,
    "02-3",
    "Про графік особистого прийому громадян",
    "Графік прийому громадян міським головою та заступниками",
    null,
    1,
    A.PUBLIC,
    30,
  ],
  [4, K.OUTGOING, "12-4", "Відповідь на звернення щодо ремонту покрівлі", null, "Гончаренко І.", 6, A.INTERNAL, 48],
  [5, K.OUTGOING, "12-4", "Відповідь на звернення щодо заміни ліфта", null, "Приходько О.", 6, A.INTERNAL, 30],
  [6, K.OUTGOING, "12-4", "Відповідь на звернення щодо гарячої води", null, "Зінченко М.", 6, A.INTERNAL, 37],
  [7, K.OUTGOING, "06-2", "Відповідь на звернення щодо місця в дитячому садку", null, "Власенко Л.", 3, A.INTERNAL, 10],
  [8, K.OUTGOING, "08-5", "Відповідь на звернення щодо субсидії", null, "Яковенко П.", 5, A.INTERNAL, 30],
  [9, K.OUTGOING, "02-05", "Відповідь на звернення щодо графіка прийому", null, "Степаненко Р.", 2, A.INTERNAL, 12],
  [
    10,
    K.INTERNAL,
    "37-1",
    "Службова записка про перерозподіл видатків",
    "Перерозподіл видатків між програмами департаменту",
    null,
    7,
    A.RESTRICTED,
    5,
  ],
  [
    11,
    K.INCOMING,
    "12-1",
    "Лист обласної адміністрації щодо підготовки до опалювального сезону",
    "Вимоги до підготовки житлового фонду до зими",
    "Житомирська ОВА",
    6,
    A.INTERNAL,
    3,
  ],
];

/**
 * The answer letters above and the demo appeals they answer (appeals subgraph ids, in the order
 * its seed registers them), with the appeal's handlers: [document, appeal, department, executor].
 * Each letter names its applicant, so only those handlers and admins read it.
 */
export const DEMO_ANSWER_LETTERS: [number, number, number, number | null][] = [
  [4, 1, 6, 10],
  [5, 2, 6, 10],
  [6, 3, 6, 10],
  [7, 6, 3, 5],
  [8, 9, 5, 8],
  [9, 11, 2, 3],
];

/**
 * Demo resolutions: [document, author, executors (first responsible), text, due in days
 * (moved to a working day), on control, status, completed days before due].
 */
export const DEMO_RESOLUTIONS: [number, number, number[], string, number, boolean, ResolutionStatus, number | null][] =
  [
    [
      1,
      1,
      [9, 10],
      "Забезпечити виконання програми в частині оновлення зупинок",
      10,
      true,
      ResolutionStatus.OPEN,
      null,
    ],
    [2, 11, [12], "Підготувати звіт про виконання бюджету за квартал", -5, true, ResolutionStatus.OPEN, null],
    [4, 9, [10], "Надіслати відповідь заявнику", -30, true, ResolutionStatus.DONE, 2],
    [10, 11, [12], "Підготувати розрахунки перерозподілу", 3, true, ResolutionStatus.OPEN, null],
    [11, 9, [10, 9], "Перевірити готовність котелень і доповісти", 2, false, ResolutionStatus.OPEN, null],
  ];
