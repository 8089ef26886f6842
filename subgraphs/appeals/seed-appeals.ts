import { AppealStatus, PrivilegeCategory, PrivilegeStatus } from "./entities/appeal-enums";

/** A demo appeal; people and addresses are fictional. Departments and staff are the demo city's ids. */
export interface DemoAppeal {
  departmentId: number | null;
  executorId: number | null;
  category: string;
  type: "PROPOSAL" | "APPLICATION" | "COMPLAINT";
  status: AppealStatus;
  receivedDaysAgo: number;
  answeredAfterDays: number | null;
  privileged: boolean;
  applicant: [fullName: string, address: string, email: string | null, phone: string | null];
  subject: string;
  citizenSub?: string;
}

const S = AppealStatus;
const a = (
  d: number | null,
  e: number | null,
  category: string,
  type: DemoAppeal["type"],
  status: AppealStatus,
  ago: number,
  answered: number | null,
  privileged: boolean,
  applicant: DemoAppeal["applicant"],
  subject: string,
  citizenSub?: string,
): DemoAppeal => ({
  departmentId: d,
  executorId: e,
  category,
  type,
  status,
  receivedDaysAgo: ago,
  answeredAfterDays: answered,
  privileged,
  applicant,
  subject,
  citizenSub,
});

export const DEMO_APPEALS: DemoAppeal[] = [
  a(
    6,
    10,
    "housing",
    "COMPLAINT",
    S.ANSWERED,
    60,
    12,
    false,
    ["Іван Гончаренко", "м. Житомир, вул. Велика Бердичівська, 12, кв. 4", "ivan.honcharenko@example.com", null],
    "Протікає дах над під'їздом",
  ),
  a(
    6,
    10,
    "housing",
    "APPLICATION",
    S.CLOSED,
    50,
    20,
    false,
    ["Ольга Приходько", "м. Житомир, вул. Київська, 77, кв. 15", null, "+380 67 111 22 33"],
    "Заміна ліфта",
  ),
  a(
    6,
    10,
    "emergency",
    "APPLICATION",
    S.ANSWERED,
    40,
    3,
    true,
    ["Микола Зінченко", "м. Житомир, вул. Чуднівська, 3", null, "+380 50 222 33 44"],
    "Немає гарячої води",
  ),
  a(
    6,
    10,
    "roads",
    "COMPLAINT",
    S.IN_PROGRESS,
    45,
    null,
    false,
    ["Світлана Павленко", "м. Житомир, просп. Миру, 21, кв. 9", "svitlana.p@example.com", null],
    "Яма на дорозі біля школи",
  ),
  a(
    6,
    null,
    "roads",
    "PROPOSAL",
    S.ASSIGNED,
    5,
    null,
    false,
    ["Андрій Кучер", "м. Житомир, вул. Перемоги, 5", "a.kucher@example.com", null],
    "Пішохідний перехід на вул. Перемоги",
    "citizen-demo",
  ),
  a(
    3,
    5,
    "education",
    "APPLICATION",
    S.ANSWERED,
    35,
    25,
    false,
    ["Людмила Власенко", "м. Житомир, вул. Шевченка, 40, кв. 2", "l.vlasenko@example.com", null],
    "Місце в дитячому садку",
  ),
  a(
    3,
    null,
    "education",
    "APPLICATION",
    S.ASSIGNED,
    2,
    null,
    true,
    ["Григорій Бойко", "м. Житомир, вул. Щорса, 8", null, "+380 63 333 44 55"],
    "Підвезення дітей до школи",
  ),
  a(
    4,
    null,
    "health",
    "COMPLAINT",
    S.IN_PROGRESS,
    10,
    null,
    true,
    ["Валентина Марченко", "м. Житомир, вул. Пушкінська, 14, кв. 30", null, "+380 97 444 55 66"],
    "Черга до сімейного лікаря",
  ),
  a(
    5,
    8,
    "social",
    "APPLICATION",
    S.ANSWERED,
    70,
    40,
    false,
    ["Петро Яковенко", "м. Житомир, вул. Бердичівська, 90", "p.yakovenko@example.com", null],
    "Субсидія на опалення",
  ),
  a(
    5,
    8,
    "social",
    "APPLICATION",
    S.IN_PROGRESS,
    20,
    null,
    true,
    ["Зоя Литвиненко", "м. Житомир, вул. Львівська, 6, кв. 1", null, "+380 66 555 66 77"],
    "Матеріальна допомога",
  ),
  a(
    2,
    3,
    "information",
    "APPLICATION",
    S.ANSWERED,
    16,
    4,
    false,
    ["Роман Степаненко", "м. Житомир, вул. Хлібна, 2", "r.stepanenko@example.com", null],
    "Графік прийому громадян",
  ),
  a(
    null,
    null,
    "information",
    "PROPOSAL",
    S.REGISTERED,
    1,
    null,
    false,
    ["Ірина Кириленко", "м. Житомир, вул. Вітрука, 11", "i.kyrylenko@example.com", null],
    "Сміттєві баки у дворі",
  ),
  // A repeated appeal (art. 8): the applicant of the first one, answered, on the same question; written differently.
  a(
    null,
    null,
    "housing",
    "COMPLAINT",
    S.REGISTERED,
    3,
    null,
    false,
    ["Іван Гончаренко", "м.Житомир, вул. Велика Бердичівська 12, кв.4", "Ivan.Honcharenko@example.com", null],
    "Знову протікає дах над під'їздом",
  ),
];

/** Stated privileges of the privileged demo appeals, by index in DEMO_APPEALS: two confirmed by staff, two only claimed. */
export const DEMO_PRIVILEGES: Record<number, [PrivilegeCategory, PrivilegeStatus]> = {
  2: [PrivilegeCategory.WAR_DISABLED, PrivilegeStatus.CONFIRMED],
  6: [PrivilegeCategory.COMBATANT, PrivilegeStatus.CLAIMED],
  7: [PrivilegeCategory.PERSON_WITH_DISABILITY, PrivilegeStatus.CONFIRMED],
  9: [PrivilegeCategory.CHORNOBYL, PrivilegeStatus.CLAIMED],
};

/** Answer letters (documents subgraph ids) of the answered demo appeals, by index in DEMO_APPEALS. */
export const DEMO_ANSWER_LETTERS: Record<number, number> = { 0: 4, 1: 5, 2: 6, 5: 7, 8: 8, 10: 9 };
