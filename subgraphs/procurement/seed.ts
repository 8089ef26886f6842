import type { EntityManager } from "typeorm";

/**
 * Demo tenders of the demo city: [procuring department id, title, OCDS status, value in UAH,
 * published days ago]. Ocids follow Prozorro's shape (prefix ocds-be6bcu).
 */
export const DEMO_TENDERS: [number, string, string, string, number][] = [
  [3, "Капітальний ремонт покрівлі ліцею № 25", "active", "4850000.00", 6],
  [3, "Закупівля комп'ютерної техніки для закладів освіти", "active", "1260000.00", 12],
  [3, "Продукти харчування для дошкільних закладів", "complete", "9800000.00", 200],
  [3, "Ремонт спортивного залу гімназії № 3", "cancelled", "730000.00", 90],
  [4, "Медичне обладнання для міської лікарні № 1", "active", "3150000.00", 3],
  [4, "Лікарські засоби для пільгових категорій", "complete", "2200000.00", 150],
  [5, "Послуги соціального таксі", "active", "640000.00", 9],
  [5, "Продуктові набори для внутрішньо переміщених осіб", "unsuccessful", "1500000.00", 60],
  [6, "Поточний ремонт доріг по вул. Київській", "active", "12700000.00", 4],
  [6, "Вуличне освітлення мікрорайону Богунія", "active", "2390000.00", 15],
  [6, "Вивезення твердих побутових відходів", "complete", "18400000.00", 320],
  [6, "Озеленення скверу на майдані Перемоги", "planned", "560000.00", 1],
  [7, "Аудит фінансової звітності комунальних підприємств", "complete", "380000.00", 400],
  [1, "Обслуговування системи електронного документообігу", "active", "950000.00", 20],
];

/** Loads the demo tenders; publication dates are relative to the day of seeding. */
export async function seedProcurementDemo(manager: EntityManager): Promise<void> {
  for (const [index, [departmentId, title, status, amount, daysAgo]] of DEMO_TENDERS.entries()) {
    const published = new Date(Date.now() - daysAgo * 86_400_000);
    const ocid = `ocds-be6bcu-UA-${published.toISOString().slice(0, 10)}-${String(index + 1).padStart(6, "0")}-a`;
    await manager.query(
      `INSERT INTO procurement.tender (ocid, title, status, procuring_entity_id, value_amount, date_published)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [ocid, title, status, departmentId, amount, published],
    );
  }
}
