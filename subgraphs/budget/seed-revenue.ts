import type { EntityManager } from "typeorm";

/**
 * Demo revenue (ККД): code, name, fund, approved amount in UAH. Sized to cover the demo expenditure (about 560
 * million a year) as a city of this size would: personal income tax first, then transfers and local taxes.
 */
export const DEMO_REVENUE: [string, string, "GENERAL" | "SPECIAL", number][] = [
  ["11010000", "Податок на доходи фізичних осіб", "GENERAL", 335_000_000],
  ["18010000", "Податок на майно", "GENERAL", 41_500_000],
  ["18050000", "Єдиний податок", "GENERAL", 63_200_000],
  ["14040000", "Акцизний податок з реалізації суб'єктами господарювання роздрібної торгівлі", "GENERAL", 22_800_000],
  ["41033900", "Освітня субвенція з державного бюджету місцевим бюджетам", "GENERAL", 96_400_000],
  [
    "24062100",
    "Грошові стягнення за шкоду, заподіяну порушенням законодавства про охорону навколишнього природного середовища",
    "SPECIAL",
    1_350_000,
  ],
];

/**
 * Demo revenue lines of a year: amended 3% over approved for the taxes (the June amendment), received as the
 * share `received` of amended. Exact amounts, so the figures can be checked against each other.
 */
export async function seedDemoRevenue(manager: EntityManager, year: number, received: string): Promise<void> {
  await manager.query(
    `INSERT INTO budget.classification (kind, code, parent_code, name) SELECT 'REVENUE', code, NULL, name
       FROM unnest($1::text[], $2::text[]) AS r(code, name) ON CONFLICT (kind, code, valid_from) DO NOTHING`,
    [DEMO_REVENUE.map((r) => r[0]), DEMO_REVENUE.map((r) => r[1])],
  );
  for (const [code, , fund, approved] of DEMO_REVENUE)
    await manager.query(
      `INSERT INTO budget.revenue_line (fiscal_year, revenue_code, fund, approved, amended, received)
       SELECT $1, $2, $3, a, am, round(am * $6::numeric, 2)
         FROM (SELECT $4::numeric AS a, round($4::numeric * $5::numeric, 2) AS am) v`,
      [year, code, fund, approved, code.startsWith("1") ? "1.03" : "1.00", received],
    );
}
