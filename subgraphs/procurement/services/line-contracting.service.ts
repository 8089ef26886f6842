import type { DataSource } from "typeorm";

/** What procurement knows of one budget line: its tenders' funding and its share of signed contracts. */
export interface LineContracting {
  lineId: number;
  /** The line's funding of its tenders that may still lead, or led, to a contract (not cancelled, unsuccessful or withdrawn). */
  planned: string;
  /**
   * Signed contracts (active and terminated) of the line's tenders, in the line's share: a contract of a tender
   * funded by several lines counts on each in proportion to that line's funding of the tender (rounded to kopiykas
   * per tender and line).
   */
  contracted: string;
}

/** Tender statuses whose funding no contract will ever spend. */
const NOT_PLANNED = ["cancelled", "unsuccessful", "withdrawn"];

/**
 * Planned and contracted per budget line, one statement: for the lines `lineIds`, or for every line with a signed
 * contract when `lineIds` is null (the over-committed list). Lines without funding are absent from the map.
 */
export async function contractingOfLines(
  db: DataSource,
  lineIds: readonly number[] | null,
): Promise<Map<number, LineContracting>> {
  const rows: LineContracting[] = await db.query(
    `WITH share AS (
       SELECT budget_line_id AS line_id, tender_id, sum(amount) AS amount FROM procurement.funding
        WHERE ($1::int[] IS NULL OR budget_line_id = ANY($1))
          AND ($1::int[] IS NOT NULL OR tender_id IN (SELECT tender_id FROM procurement.contract WHERE status IN ('active', 'terminated')))
        GROUP BY 1, 2),
     total AS (SELECT tender_id, sum(amount) AS amount FROM procurement.funding
                WHERE tender_id IN (SELECT tender_id FROM share) GROUP BY 1),
     signed AS (SELECT tender_id, sum(coalesce(value_amount, 0)) AS amount FROM procurement.contract
                 WHERE status IN ('active', 'terminated') AND tender_id IN (SELECT tender_id FROM share) GROUP BY 1)
     SELECT s.line_id AS "lineId",
            coalesce(sum(s.amount) FILTER (WHERE t.status <> ALL($2)), 0)::numeric(18,2)::text AS planned,
            coalesce(sum(round(c.amount * s.amount / nullif(tt.amount, 0), 2)), 0)::numeric(18,2)::text AS contracted
       FROM share s JOIN procurement.tender t ON t.id = s.tender_id JOIN total tt ON tt.tender_id = s.tender_id
       LEFT JOIN signed c ON c.tender_id = s.tender_id
      GROUP BY s.line_id ORDER BY s.line_id`,
    [lineIds === null ? null : [...lineIds], NOT_PLANNED],
  );
  return new Map(rows.map((r) => [r.lineId, r]));
}

/** True when the contracts exceed the plan (both exact decimals as text). */
export const exceeds = (contracted: string, amended: string): boolean => kopiykas(contracted) > kopiykas(amended);

/** Exact decimal text ("-12.5", "1250000.00") as kopiykas, never a float. */
export function kopiykas(amount: string): bigint {
  const negative = amount.startsWith("-");
  const [whole, fraction = ""] = amount.replace("-", "").split(".");
  const kop = BigInt(whole) * 100n + BigInt((fraction + "00").slice(0, 2));
  return negative ? -kop : kop;
}

/** Kopiykas as exact decimal text with two places. */
export function fromKopiykas(kop: bigint): string {
  const abs = kop < 0n ? -kop : kop;
  return `${kop < 0n ? "-" : ""}${abs / 100n}.${String(abs % 100n).padStart(2, "0")}`;
}
