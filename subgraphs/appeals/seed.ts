import type { EntityManager } from "typeorm";

/**
 * Demo appeals, dated relative to the day of seeding so the city always has fresh, due and
 * overdue work: [department id, category, status, received days ago, answered after days].
 * Departments are the demo city's (documents subgraph ids).
 */
export const DEMO_APPEALS: [number, string, string, number, number | null][] = [
  [6, "housing", "ANSWERED", 60, 12],
  [6, "housing", "CLOSED", 50, 20],
  [6, "emergency", "ANSWERED", 40, 3],
  [6, "roads", "IN_PROGRESS", 45, null],
  [6, "roads", "ASSIGNED", 5, null],
  [3, "education", "ANSWERED", 35, 25],
  [3, "education", "REGISTERED", 2, null],
  [4, "health", "IN_PROGRESS", 10, null],
  [5, "social", "ANSWERED", 70, 40],
  [5, "social", "IN_PROGRESS", 20, null],
  [2, "information", "ANSWERED", 16, 4],
  [2, "information", "FORWARDED", 8, null],
];

/** Loads the demo appeals; due dates follow each category's term from the receipt's Kyiv date. */
export async function seedAppealsDemo(manager: EntityManager): Promise<void> {
  for (const [index, [departmentId, category, status, receivedDaysAgo, answeredAfter]] of DEMO_APPEALS.entries()) {
    await manager.query(
      `INSERT INTO appeals.appeal (registration_number, category, status, department_id, received_at, due_date, answered_at)
       SELECT $1, c.code, $3, $4, r.at,
              ((r.at AT TIME ZONE 'Europe/Kyiv')::date + CASE c.term_days WHEN 15 THEN interval '15 days' ELSE interval '1 month' END)::date,
              CASE WHEN $6::int IS NULL THEN NULL ELSE r.at + make_interval(days => $6::int) END
         FROM appeals.appeal_category c, (SELECT now() - make_interval(days => $5::int) AS at) r
        WHERE c.code = $2`,
      [`З-${index + 1}`, category, status, departmentId, receivedDaysAgo, answeredAfter],
    );
  }
}
