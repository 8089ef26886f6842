import type { EntityManager } from "typeorm";
import type { Role } from "../common/identity";
import { viewerOf } from "../common/viewer";
import type { Actor } from "./services/audit.service";

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

/** A demo staff member as the actor of their own steps (a resolution's author, its responsible executor). */
export function staffActor(staffId: number): Actor {
  const { roles, departmentId } = DEMO_STAFF.find((s) => s.id === staffId)!;
  return {
    viewer: viewerOf({ sub: String(staffId), roles, departmentId: String(departmentId) }),
    requestId: "demo-seed",
  };
}

/**
 * Inserts the demo departments and staff: reference data (no API creates them) under their fixed
 * ids; heads are set once their staff rows exist, and the id sequences continue after the demo's.
 */
export async function seedDemoStructure(manager: EntityManager): Promise<void> {
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
}
