/** EDRPOU codes of the demo departments as procuring entities: [department id, code] (fictional). */
export const DEMO_DEPARTMENT_IDENTIFIERS: [number, string][] = [
  [1, "40010001"],
  [3, "40010003"],
  [4, "40010004"],
  [5, "40010005"],
  [6, "40010006"],
  [7, "40010007"],
];

/** Demo suppliers: [name, EDRPOU code] (fictional companies). */
export const DEMO_SUPPLIERS: [string, string][] = [
  ["ТОВ «Житомиршляхбуд»", "31234567"],
  ["ТОВ «Поліськпостач»", "32345678"],
  ["ПП «Комп'ютерний світ»", "33456789"],
  ["ТОВ «Екосервіс Житомир»", "34567890"],
  ["ТОВ «Медтехніка-Полісся»", "35678901"],
];

/** Demo competitions besides tenders; deadlines relative to the day of seeding. */
export const DEMO_COMPETITIONS = [
  {
    kind: "CARRIER_SELECTION",
    title: "Конкурс перевізників на автобусних маршрутах № 3, 14, 27",
    organizerId: 6,
    deadlineInDays: 12,
    status: "OPEN",
    result: null,
  },
  {
    kind: "PUBLIC_PROJECT",
    title: "Бюджет участі: проєкти мешканців на наступний рік",
    organizerId: 1,
    deadlineInDays: 25,
    status: "OPEN",
    result: null,
  },
  {
    kind: "VACANCY",
    title: "Конкурс на посаду головного спеціаліста департаменту освіти",
    organizerId: 3,
    deadlineInDays: 6,
    status: "OPEN",
    result: null,
  },
  {
    kind: "PROPERTY_LEASE",
    title: "Оренда нежитлового приміщення по вул. Михайлівській, 4",
    organizerId: 7,
    deadlineInDays: 18,
    status: "OPEN",
    result: null,
  },
  {
    kind: "VACANCY",
    title: "Конкурс на посаду лікаря-педіатра міської лікарні",
    organizerId: 4,
    deadlineInDays: 30,
    status: "OPEN",
    result: null,
  },
  {
    kind: "PUBLIC_PROJECT",
    title: "Конкурс проєктів благоустрою дворів",
    organizerId: 6,
    deadlineInDays: 40,
    status: "ANNOUNCED",
    result: null,
  },
  {
    kind: "CARRIER_SELECTION",
    title: "Конкурс перевізників на маршруті № 9",
    organizerId: 6,
    deadlineInDays: -20,
    status: "COMPLETED",
    result: "Переможець: ТОВ «Поліськпостач»",
  },
  {
    kind: "VACANCY",
    title: "Конкурс на посаду начальника відділу звернень",
    organizerId: 2,
    deadlineInDays: -5,
    status: "CLOSED",
    result: null,
  },
  {
    kind: "OTHER",
    title: "Конкурс на найкращий дизайн новорічної ялинки",
    organizerId: 1,
    deadlineInDays: -60,
    status: "CANCELLED",
    result: null,
  },
];
