import type { EntityManager } from "typeorm";
import { generatedTenders, type DemoTender } from "./seed-tenders";
import { DEMO_COMPETITIONS, DEMO_DEPARTMENT_IDENTIFIERS, DEMO_SUPPLIERS } from "./seed-competitions";

/**
 * Demo tenders of the demo city: [procuring department id, title, OCDS status, value in UAH,
 * published days ago]: fourteen picked by hand, then a generated city's two years of them
 * (seed-tenders.ts). Ocids follow Prozorro's shape (prefix ocds-be6bcu). Contracts fit within the demo budget's
 * plans but one: the medicines contract (95% of 13.5 million) exceeds its line's plan (2240 of programme 0712010),
 * the demo's over-committed line.
 */
const HANDPICKED: [number, string, string, string, number][] = [
  [3, "Капітальний ремонт покрівлі ліцею № 25", "active", "4850000.00", 6],
  [3, "Закупівля комп'ютерної техніки для закладів освіти", "active", "1260000.00", 12],
  [3, "Продукти харчування для дошкільних закладів", "complete", "9800000.00", 200],
  [3, "Ремонт спортивного залу гімназії № 3", "cancelled", "730000.00", 90],
  [4, "Медичне обладнання для міської лікарні № 1", "active", "3150000.00", 3],
  [4, "Лікарські засоби для пільгових категорій", "complete", "13500000.00", 150],
  [5, "Послуги соціального таксі", "active", "640000.00", 9],
  [5, "Продуктові набори для внутрішньо переміщених осіб", "unsuccessful", "1500000.00", 60],
  [6, "Поточний ремонт доріг по вул. Київській", "active", "12700000.00", 4],
  [6, "Вуличне освітлення мікрорайону Богунія", "active", "2390000.00", 15],
  [6, "Вивезення твердих побутових відходів", "complete", "9600000.00", 320],
  [6, "Озеленення скверу на майдані Перемоги", "planned", "560000.00", 1],
  [7, "Аудит фінансової звітності комунальних підприємств", "complete", "380000.00", 400],
  [1, "Обслуговування системи електронного документообігу", "active", "950000.00", 20],
];

export const DEMO_TENDERS: DemoTender[] = [
  ...HANDPICKED.map((t) => ({ ...generatedTenders.shape(t) })),
  ...generatedTenders.list(226),
];

/** Loads the demo tenders with their items, awards, contracts and funding, and the competitions. */
export async function seedProcurementDemo(manager: EntityManager): Promise<void> {
  for (const [departmentId, code] of DEMO_DEPARTMENT_IDENTIFIERS) {
    await manager.query(
      `INSERT INTO procurement.department_identifier (scheme, identifier, department_id) VALUES ('UA-EDR', $1, $2)`,
      [code, departmentId],
    );
  }
  for (const [name, code] of DEMO_SUPPLIERS) {
    await manager.query(`INSERT INTO procurement.party (scheme, identifier, name) VALUES ('UA-EDR', $1, $2)`, [
      code,
      name,
    ]);
  }
  for (const [index, t] of DEMO_TENDERS.entries()) await generatedTenders.insert(manager, index + 1, t);
  await manager.query(`SELECT setval('procurement.tender_id_seq', (SELECT max(id) FROM procurement.tender))`);
  for (const c of DEMO_COMPETITIONS) {
    await manager.query(
      `INSERT INTO procurement.competition (kind, title, organizer_id, deadline, status, result) VALUES ($1, $2, $3, now() + make_interval(days => $4), $5, $6)`,
      [c.kind, c.title, c.organizerId, c.deadlineInDays, c.status, c.result],
    );
  }
}
