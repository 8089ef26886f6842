import type { EntityManager } from "typeorm";
import { addDays, kyivDate, kyivToday } from "../common/calendar";
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

export const DEMO_STAFF = [
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
 * Demo documents: [id, kind, number, file index, title, summary, correspondent, department,
 * access, days ago]. Public council acts, answer letters to the demo appeals (outgoing: their
 * stamp is public, their content only for the appeal's handlers, see DEMO_ANSWER_LETTERS; ids 4-9
 * are the letters the appeals demo links), a restricted note and an incoming letter.
 */
export const DEMO_DOCUMENTS: [
  number,
  string,
  number,
  string,
  string,
  string | null,
  string | null,
  number,
  string,
  number,
][] = [
  [
    1,
    "DECISION",
    1,
    "01-12",
    "Про затвердження Програми розвитку громадського транспорту",
    "Програма оновлення тролейбусів і автобусів міста на три роки",
    null,
    1,
    "PUBLIC",
    90,
  ],
  [
    2,
    "DECISION",
    2,
    "01-12",
    "Про бюджет Житомирської міської територіальної громади",
    "Доходи, видатки та фінансування бюджету громади на рік",
    null,
    7,
    "PUBLIC",
    60,
  ],
  [
    3,
    "ORDER",
    15,
    "02-3",
    "Про графік особистого прийому громадян",
    "Графік прийому громадян міським головою та заступниками",
    null,
    1,
    "PUBLIC",
    30,
  ],
  [
    4,
    "OUTGOING",
    101,
    "12-4",
    "Відповідь на звернення щодо ремонту покрівлі",
    null,
    "Гончаренко І.",
    6,
    "INTERNAL",
    48,
  ],
  [5, "OUTGOING", 102, "12-4", "Відповідь на звернення щодо заміни ліфта", null, "Приходько О.", 6, "INTERNAL", 30],
  [6, "OUTGOING", 103, "12-4", "Відповідь на звернення щодо гарячої води", null, "Зінченко М.", 6, "INTERNAL", 37],
  [
    7,
    "OUTGOING",
    41,
    "06-2",
    "Відповідь на звернення щодо місця в дитячому садку",
    null,
    "Власенко Л.",
    3,
    "INTERNAL",
    10,
  ],
  [8, "OUTGOING", 77, "08-5", "Відповідь на звернення щодо субсидії", null, "Яковенко П.", 5, "INTERNAL", 30],
  [9, "OUTGOING", 12, "02-05", "Відповідь на звернення щодо графіка прийому", null, "Степаненко Р.", 2, "INTERNAL", 12],
  [
    10,
    "INTERNAL",
    5,
    "37-1",
    "Службова записка про перерозподіл видатків",
    "Перерозподіл видатків між програмами департаменту",
    null,
    7,
    "RESTRICTED",
    5,
  ],
  [
    11,
    "INCOMING",
    1,
    "12-1",
    "Лист обласної адміністрації щодо підготовки до опалювального сезону",
    "Вимоги до підготовки житлового фонду до зими",
    "Житомирська ОВА",
    6,
    "INTERNAL",
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
export const DEMO_RESOLUTIONS: [number, number, number[], string, number, boolean, string, number | null][] = [
  [1, 1, [9, 10], "Забезпечити виконання програми в частині оновлення зупинок", 10, true, "OPEN", null],
  [2, 11, [12], "Підготувати звіт про виконання бюджету за квартал", -5, true, "OPEN", null],
  [4, 9, [10], "Надіслати відповідь заявнику", -30, true, "DONE", 2],
  [10, 11, [12], "Підготувати розрахунки перерозподілу", 3, true, "OPEN", null],
  [11, 9, [10, 9], "Перевірити готовність котелень і доповісти", 2, false, "OPEN", null],
];

/** Loads the demo structure and documents; heads are set once their staff rows exist. */
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
  for (const [
    id,
    kind,
    seq,
    fileIndex,
    title,
    summary,
    correspondent,
    departmentId,
    access,
    daysAgo,
  ] of DEMO_DOCUMENTS) {
    const registeredAt = new Date(Date.now() - daysAgo * 86_400_000);
    await manager.query(
      `INSERT INTO documents.document (id, kind, registration_year, registration_seq, file_index, registration_number, registered_at,
         title, summary, correspondent, department_id, access_level)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        id,
        kind,
        Number(kyivDate(registeredAt).slice(0, 4)),
        seq,
        fileIndex,
        `${seq}/${fileIndex}`,
        registeredAt,
        title,
        summary,
        correspondent,
        departmentId,
        access,
      ],
    );
  }
  for (const [documentId, appealId, departmentId, executorId] of DEMO_ANSWER_LETTERS) {
    await manager.query(
      `UPDATE documents.document SET answer_appeal_id = $2, answer_department_id = $3, answer_executor_id = $4 WHERE id = $1`,
      [documentId, appealId, departmentId, executorId],
    );
  }
  await manager.query(
    `INSERT INTO documents.journal_counter (kind, year, last_number)
     SELECT kind, registration_year, max(registration_seq) FROM documents.document GROUP BY kind, registration_year`,
  );
  await manager.query(`SELECT setval('documents.document_id_seq', (SELECT max(id) FROM documents.document))`);
  for (const [documentId, authorId, executors, text, dueIn, onControl, status, earlyBy] of DEMO_RESOLUTIONS) {
    const due = previousWorkingDay(addDays(kyivToday(), dueIn));
    const [{ id }] = await manager.query(
      `INSERT INTO documents.resolution (document_id, text, due_date, on_control, status, author_id, completed_at, report, accepted_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $7) RETURNING id`,
      [
        documentId,
        text,
        due,
        onControl,
        status,
        authorId,
        earlyBy === null ? null : `${addDays(due, -earlyBy)}T12:00:00+02:00`,
        earlyBy === null ? null : "Виконано",
      ],
    );
    for (const [position, staffId] of executors.entries()) {
      await manager.query(
        `INSERT INTO documents.resolution_executor (resolution_id, staff_id, position) VALUES ($1, $2, $3)`,
        [id, staffId, position],
      );
    }
    await manager.query(`UPDATE documents.document SET status = $2 WHERE id = $1`, [
      documentId,
      status === "DONE" ? "DONE" : "IN_WORK",
    ]);
  }
  await manager.query(`SELECT setval('documents.department_id_seq', (SELECT max(id) FROM documents.department))`);
  await manager.query(`SELECT setval('documents.staff_id_seq', (SELECT max(id) FROM documents.staff))`);
}
