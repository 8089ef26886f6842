import type { EntityManager } from "typeorm";
import { kyivYear } from "../common/calendar";
import { seedDemoMonths } from "./seed-months";
import { seedDemoRevenue } from "./seed-revenue";

/** Demo programmes (КПКВК МБ): code, name, responsible department (documents subgraph id). */
export const DEMO_PROGRAMS: [string, string, number][] = [
  ["0210150", "Організаційне, інформаційно-аналітичне та матеріально-технічне забезпечення діяльності міської ради", 1],
  ["0611010", "Надання дошкільної освіти", 3],
  ["0611021", "Надання загальної середньої освіти закладами загальної середньої освіти", 3],
  ["0712010", "Багатопрофільна стаціонарна медична допомога населенню", 4],
  ["0813242", "Інші заходи у сфері соціального захисту і соціального забезпечення", 5],
  ["1216030", "Організація благоустрою населених пунктів", 6],
  ["3710160", "Керівництво і управління у відповідній сфері у містах", 7],
];

/** Demo lines per programme: economic code (КЕКВ), fund, approved amount in UAH. */
export const DEMO_LINES: [string, "GENERAL" | "SPECIAL", number][] = [
  ["2111", "GENERAL", 24_000_000],
  ["2120", "GENERAL", 5_280_000],
  ["2240", "GENERAL", 9_450_000],
  ["2273", "GENERAL", 1_420_000],
  ["3132", "SPECIAL", 19_500_000],
];

/**
 * Demo budget of the current and the previous Kyiv year. Amounts are exact: amended is 5% over
 * approved for even programme rows, executed is 96% of amended for the previous (closed) year
 * and 11/12 × 80% for the current one, whose latest report is November's. Each line has its monthly reports
 * (twelve for the previous year, eleven for the current), and the city its revenue, reported the same way
 * (seed-months.ts, seed-revenue.ts).
 */
export async function seedBudgetDemo(manager: EntityManager): Promise<void> {
  const current = kyivYear();
  await manager.query(
    `INSERT INTO budget.classification (kind, code, parent_code, name) VALUES
       ('ECONOMIC', '2111', '2110', 'Заробітна плата'), ('ECONOMIC', '2120', '2100', 'Нарахування на оплату праці'),
       ('ECONOMIC', '2240', '2200', 'Оплата послуг (крім комунальних)'), ('ECONOMIC', '2273', '2270', 'Оплата електроенергії'),
       ('ECONOMIC', '3132', '3130', 'Капітальний ремонт інших об''єктів')
     ON CONFLICT (kind, code, valid_from) DO NOTHING`,
  );
  await manager.query(`INSERT INTO budget.fiscal_year (year, status) VALUES ($1, 'CLOSED'), ($2, 'AMENDED')`, [
    current - 1,
    current,
  ]);
  for (const [index, [code, name, departmentId]] of DEMO_PROGRAMS.entries()) {
    await manager.query(
      `INSERT INTO budget.classification (kind, code, parent_code, name, department_id) VALUES ('PROGRAM', $1, NULL, $2, $3)`,
      [code, name, departmentId],
    );
    for (const [year, share] of [
      [current - 1, "0.96"],
      [current, "0.7333"],
    ] as const) {
      for (const [economicCode, fund, base] of DEMO_LINES) {
        const approved = Math.round(base * (1 + index / 10));
        await manager.query(
          `INSERT INTO budget.budget_line (fiscal_year, program_code, economic_code, fund, approved, amended, executed)
           SELECT $1, $2, $3, $4, a, am, round(am * $7::numeric, 2)
             FROM (SELECT $5::numeric AS a, round($5::numeric * $6::numeric, 2) AS am) v`,
          [year, code, economicCode, fund, approved, index % 2 === 0 ? "1.05" : "1.00", share],
        );
      }
    }
  }
  await seedDemoRevenue(manager, current - 1, "0.985");
  await seedDemoRevenue(manager, current, "0.7700");
  for (const kind of ["budget", "revenue"] as const) {
    await seedDemoMonths(manager, kind, current - 1, 12);
    await seedDemoMonths(manager, kind, current, 11);
  }
}
