import type { EntityManager } from "typeorm";

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
  { id: 11, fullName: "Юлія Руденко", position: "Директор департаменту", departmentId: 7, roles: ["manager", "analyst"] },
  { id: 12, fullName: "Дмитро Мороз", position: "Головний спеціаліст", departmentId: 7, roles: ["analyst"] },
];

/**
 * Demo documents: public council acts, answer letters to the demo appeals (outgoing, internal:
 * their stamp is public, their content is not) and a restricted note. Ids 4-9 are the letters the
 * appeals demo links as answers.
 */
export const DEMO_DOCUMENTS: [number, string, string, string, string | null, number, string, number][] = [
  [1, "DECISION", "1/01-12", "Про затвердження Програми розвитку громадського транспорту", null, 1, "PUBLIC", 90],
  [2, "DECISION", "2/01-12", "Про бюджет Житомирської міської територіальної громади", null, 7, "PUBLIC", 60],
  [3, "ORDER", "15/02-3", "Про графік особистого прийому громадян", null, 1, "PUBLIC", 30],
  [4, "OUTGOING", "101/12-4", "Відповідь на звернення щодо ремонту покрівлі", "Гончаренко І.", 6, "INTERNAL", 48],
  [5, "OUTGOING", "102/12-4", "Відповідь на звернення щодо заміни ліфта", "Приходько О.", 6, "INTERNAL", 30],
  [6, "OUTGOING", "103/12-4", "Відповідь на звернення щодо гарячої води", "Зінченко М.", 6, "INTERNAL", 37],
  [7, "OUTGOING", "41/06-2", "Відповідь на звернення щодо місця в дитячому садку", "Власенко Л.", 3, "INTERNAL", 10],
  [8, "OUTGOING", "77/08-5", "Відповідь на звернення щодо субсидії", "Яковенко П.", 5, "INTERNAL", 30],
  [9, "OUTGOING", "12/02-05", "Відповідь на звернення щодо графіка прийому", "Степаненко Р.", 2, "INTERNAL", 12],
  [10, "INTERNAL", "5/37-1", "Службова записка про перерозподіл видатків", null, 7, "RESTRICTED", 5],
];

/** Loads the demo structure and documents; heads are set once their staff rows exist. */
export async function seedDocumentsDemo(manager: EntityManager): Promise<void> {
  for (const d of DEMO_DEPARTMENTS) {
    await manager.query(`INSERT INTO documents.department (id, code, name, parent_id) VALUES ($1, $2, $3, $4)`, [d.id, d.code, d.name, d.parentId]);
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
  for (const [id, kind, number, title, correspondent, departmentId, access, daysAgo] of DEMO_DOCUMENTS) {
    await manager.query(
      `INSERT INTO documents.document (id, kind, registration_number, registered_at, title, correspondent, department_id, access_level)
       VALUES ($1, $2, $3, now() - make_interval(days => $8), $4, $5, $6, $7)`,
      [id, kind, number, title, correspondent, departmentId, access, daysAgo],
    );
  }
  await manager.query(`SELECT setval('documents.document_id_seq', (SELECT max(id) FROM documents.document))`);
  await manager.query(`SELECT setval('documents.department_id_seq', (SELECT max(id) FROM documents.department))`);
  await manager.query(`SELECT setval('documents.staff_id_seq', (SELECT max(id) FROM documents.staff))`);
}
