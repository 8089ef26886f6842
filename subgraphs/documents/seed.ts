import type { EntityManager } from "typeorm";
import { addDays, kyivToday } from "../common/calendar";
import type { Role } from "../common/identity";
import { viewerOf } from "../common/viewer";
import { AccessLevel, DocumentKind, ResolutionStatus } from "./entities/document-enums";
import { Resolution } from "./entities/resolution.entity";
import { linkAnswerLetter } from "./services/answer-letter.service";
import type { Actor } from "./services/audit.service";
import { registerDocument } from "./services/document-registration.service";
import { addResolution } from "./services/resolution.service";
import { stepResolution } from "./services/resolution-workflow.service";
import { previousWorkingDay } from "./services/working-days";

/**
 * The demo city's structure. Ids are fixed because the other subgraphs' demo data refers to
 * them (subgraphs share nothing but ids). Names of people are fictional.
 */
export const DEMO_DEPARTMENTS = [
  { id: 1, code: "02", name: "Виконавчий комітет міської ради", parentId: null, headId: 1 },
  { id: 2, code: "02-05", name: "Відділ по роботі зі зверненнями громадян", parentId: 1, headId: 2 },
  { id: 3, code: "06", name: "Департамент освіти", parentId: null, headId: 4 },
  { id: 4, code: "07", name: "Управління охорони здоров'я", parentId: null, headId: 6 },
  { id: 5, code: "08", name: "Департамент соціальної політики", parentId: null, headId: 7 },
  { id: 6, code: "12", name: "Управління житлово-комунального господарства", parentId: null, headId: 9 },
  { id: 7, code: "37", name: "Департамент бюджету і фінансів", parentId: null, headId: 11 },
];

export const DEMO_STAFF: { id: number; fullName: string; position: string; departmentId: number; roles: Role[] }[] = [
  { id: 1, fullName: "Олена Петренко", position: "Міський голова", departmentId: 1, roles: ["manager", "admin"] },
  { id: 2, fullName: "Ірина Коваль", position: "Начальник відділу", departmentId: 2, roles: ["manager", "clerk"] },
  { id: 3, fullName: "Андрій Мельник", position: "Головний спеціаліст", departmentId: 2, roles: ["clerk", "executor"] },
  { id: 4, fullName: "Наталія Шевчук", position: "Директор департаменту", departmentId: 3, roles: ["manager"] },
  { id: 5, fullName: "Сергій Бондаренко", position: "Головний спеціаліст", departmentId: 3, roles: ["executor"] },
  { id: 6, fullName: "Оксана Ткаченко", position: "Начальник управління", departmentId: 4, roles: ["manager"] },
  { id: 7, fullName: "Василь Кравченко", position: "Директор департаменту", departmentId: 5, roles: ["manager"] },
  { id: 8, fullName: "Марія Олійник", position: "Головний спеціаліст", departmentId: 5, roles: ["executor"] },
  { id: 9, fullName: "Петро Савченко", position: "Начальник управління", departmentId: 6, roles: ["manager"] },
  { id: 10, fullName: "Тарас Лисенко", position: "Інженер", departmentId: 6, roles: ["executor"] },
  {
    id: 11,
    fullName: "Юлія Руденко",
    position: "Директор департаменту",
    departmentId: 7,
    roles: ["manager", "analyst"],
  },
  { id: 12, fullName: "Дмитро Мороз", position: "Головний спеціаліст", departmentId: 7, roles: ["analyst"] },
];

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

/** The seed as the actor of what no one in particular did: an admin (registration, links); the trail names no one. */
const SEED: Actor = { viewer: viewerOf({ sub: null, roles: ["admin"], departmentId: null }), requestId: "demo-seed" };

/** A demo staff member as the actor of their own steps (a resolution's author, its responsible executor). */
function staffActor(staffId: number): Actor {
  const { roles, departmentId } = DEMO_STAFF.find((s) => s.id === staffId)!;
  return {
    viewer: viewerOf({ sub: String(staffId), roles, departmentId: String(departmentId) }),
    requestId: "demo-seed",
  };
}

const HOUR = 3_600_000;
const DAY = 86_400_000;

/**
 * Loads the demo city. Departments and staff are reference data (no API creates them), inserted
 * under their fixed ids; heads are set once their staff rows exist. Documents, answer-letter links
 * and resolutions go through the services the API calls, dated relative to the day of seeding:
 * registered in the order of DEMO_DOCUMENTS (so ids 1-11 on a fresh database; numbers from each
 * journal's counter), letters linked to their appeals, resolutions put an hour after their
 * document's registration by their authors and, when done, completed and accepted on their day.
 */
export async function seedDocumentsDemo(manager: EntityManager): Promise<void> {
  for (const d of DEMO_DEPARTMENTS) {
    await manager.query(`INSERT INTO documents.department (id, code, name, parent_id) VALUES ($1, $2, $3, $4)`, [
      d.id,
      d.code,
      d.name,
      d.parentId,
    ]);
  }
  for (const s of DEMO_STAFF) {
    await manager.query(
      `INSERT INTO documents.staff (id, full_name, position, department_id, roles) VALUES ($1, $2, $3, $4, $5)`,
      [s.id, s.fullName, s.position, s.departmentId, s.roles],
    );
  }
  for (const d of DEMO_DEPARTMENTS) {
    await manager.query(`UPDATE documents.department SET head_id = $2 WHERE id = $1`, [d.id, d.headId]);
  }
  await manager.query(`SELECT setval('documents.department_id_seq', (SELECT max(id) FROM documents.department))`);
  await manager.query(`SELECT setval('documents.staff_id_seq', (SELECT max(id) FROM documents.staff))`);

  const now = Date.now();
  const registeredAt = new Map<number, Date>();
  for (const [
    id,
    kind,
    fileIndex,
    title,
    summary,
    correspondent,
    departmentId,
    accessLevel,
    daysAgo,
  ] of DEMO_DOCUMENTS) {
    const at = new Date(now - daysAgo * DAY);
    const input = { kind, fileIndex, title, summary, correspondent, departmentId: String(departmentId), accessLevel };
    const doc = await registerDocument(manager, SEED, input, at);
    if (doc.id !== id) throw new Error(`Demo document ${id} was registered as ${doc.id}: seed an empty database`);
    registeredAt.set(id, at);
  }
  for (const [documentId, appealId, departmentId, executorId] of DEMO_ANSWER_LETTERS) {
    await linkAnswerLetter(manager, SEED, { documentId, appealId, departmentId, executorId });
  }
  for (const [documentId, authorId, executors, text, dueIn, onControl, status, earlyBy] of DEMO_RESOLUTIONS) {
    const dueDate = previousWorkingDay(addDays(kyivToday(), dueIn));
    const input = { text, executorIds: executors.map(String), dueDate, onControl };
    const put = new Date(registeredAt.get(documentId)!.getTime() + HOUR);
    const { id } = await addResolution(manager, staffActor(authorId), String(documentId), input, put);
    if (earlyBy !== null) {
      const done = new Date(`${addDays(dueDate, -earlyBy)}T12:00:00+02:00`);
      await stepResolution(manager, staffActor(executors[0]), String(id), "complete", "Виконано", done);
      if (onControl) await stepResolution(manager, staffActor(authorId), String(id), "accept", null, done);
    }
    const { status: reached } = await manager.getRepository(Resolution).findOneByOrFail({ id });
    if (reached !== status) throw new Error(`Demo resolution ${id} ends ${reached}, not ${status}`);
  }
}
