import type { EntityManager } from "typeorm";
import { kyivDate } from "../common/calendar";
import { AppealStatus, PrivilegeCategory, PrivilegeStatus } from "./entities/appeal-enums";
import { linkEarlierAppeals } from "./services/appeal-repeats.service";
import { appealDueDate } from "./services/due-date";
import { newTrackingCode } from "./services/tracking-code";

/** A demo appeal; people and addresses are fictional. Departments and staff are the demo city's ids. */
export interface DemoAppeal {
  departmentId: number | null;
  executorId: number | null;
  category: string;
  termDays: 15 | 30;
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
  termDays: 15 | 30,
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
  termDays,
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
    30,
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
    30,
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
    15,
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
    30,
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
    30,
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
    30,
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
    30,
    "APPLICATION",
    S.REGISTERED,
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
    30,
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
    30,
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
    30,
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
    15,
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
    15,
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
    30,
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

/**
 * Loads the demo appeals with numbers, codes and timelines, dated relative to the day of seeding;
 * repeated appeals are linked as at registration once all are in.
 */
export async function seedAppealsDemo(manager: EntityManager): Promise<void> {
  const ids: number[] = [];
  for (const [index, d] of DEMO_APPEALS.entries()) {
    const [privilegeCategory, privilegeStatus] = DEMO_PRIVILEGES[index] ?? [
      null,
      d.privileged ? PrivilegeStatus.CLAIMED : PrivilegeStatus.NONE,
    ];
    const receivedAt = new Date(Date.now() - d.receivedDaysAgo * 86_400_000);
    const year = Number(kyivDate(receivedAt).slice(0, 4));
    const [{ last_number: seq }] = await manager.query(
      `INSERT INTO appeals.registration_counter (year, last_number) VALUES ($1, 1)
       ON CONFLICT (year) DO UPDATE SET last_number = registration_counter.last_number + 1 RETURNING last_number`,
      [year],
    );
    const answeredAt =
      d.answeredAfterDays === null ? null : new Date(receivedAt.getTime() + d.answeredAfterDays * 86_400_000);
    const [{ id }] = await manager.query(
      `INSERT INTO appeals.appeal (registration_year, registration_seq, registration_number, tracking_code, idempotency_key, type, channel,
         category, subject, text, applicant_full_name, applicant_address, applicant_email, applicant_phone, privileged, citizen_sub,
         status, department_id, executor_id, received_at, due_date, answered_at, answer_text, answer_document_id, privilege_category, privilege_status)
       VALUES ($1, $2, $3, $4, $5, $6, 'PORTAL', $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25) RETURNING id`,
      [
        year,
        seq,
        `З-${seq}/${year}`,
        newTrackingCode(),
        `demo-${index + 1}`,
        d.type,
        d.category,
        d.subject,
        `${d.subject}. Прошу розглянути та вжити заходів.`,
        ...d.applicant,
        d.privileged,
        d.citizenSub ?? null,
        d.status,
        d.departmentId,
        d.executorId,
        receivedAt,
        appealDueDate(receivedAt, d.termDays),
        answeredAt,
        answeredAt ? "Ваше звернення розглянуто, заходи вжито." : null,
        DEMO_ANSWER_LETTERS[index] ?? null,
        privilegeCategory,
        privilegeStatus,
      ],
    );
    ids.push(id);
    const steps: [AppealStatus, Date, string][] = [
      [S.REGISTERED, receivedAt, `Звернення зареєстровано за № З-${seq}/${year}`],
    ];
    if (privilegeStatus === PrivilegeStatus.CONFIRMED) {
      steps.push([
        S.REGISTERED,
        new Date(receivedAt.getTime() + 1_800_000),
        "Пільговий статус заявника підтверджено: звернення розглядається першочергово",
      ]);
    }
    if (d.departmentId !== null)
      steps.push([S.ASSIGNED, new Date(receivedAt.getTime() + 3_600_000), "Передано на розгляд до підрозділу"]);
    if (d.status !== S.REGISTERED && d.status !== S.ASSIGNED)
      steps.push([S.IN_PROGRESS, new Date(receivedAt.getTime() + 7_200_000), "Розгляд розпочато"]);
    if (answeredAt) steps.push([S.ANSWERED, answeredAt, "Надано відповідь"]);
    if (d.status === S.CLOSED)
      steps.push([S.CLOSED, new Date(answeredAt!.getTime() + 86_400_000), "Розгляд завершено"]);
    for (const [status, at, note] of steps) {
      await manager.query(`INSERT INTO appeals.appeal_event (appeal_id, status, at, note) VALUES ($1, $2, $3, $4)`, [
        id,
        status,
        at,
        note,
      ]);
    }
  }
  for (const id of ids) await linkEarlierAppeals(manager, id);
}
