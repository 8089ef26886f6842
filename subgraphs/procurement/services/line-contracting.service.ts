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

/**
 * Planned and contracted per budget line, as procurement.line_contracting keeps them (migration
 * 1764900000000-line-contracting: triggers keep it equal to the sums over the lines' tenders): for the
 * lines `lineIds`, or for every line with a contracted amount above zero when `lineIds` is null (the
 * over-committed list: a line can exceed its plan only by contracts). Lines that fund no tender are absent
 * from the map. One indexed read, whatever the number of tenders behind the lines.
 */
export async function contractingOfLines(
  db: DataSource,
  lineIds: readonly number[] | null,
): Promise<Map<number, LineContracting>> {
  const rows: LineContracting[] = await db.query(
    `SELECT budget_line_id AS "lineId", planned::text AS planned, contracted::text AS contracted
       FROM procurement.line_contracting
      WHERE ${lineIds === null ? "contracted > 0" : "budget_line_id = ANY($1)"} ORDER BY budget_line_id`,
    lineIds === null ? [] : [[...lineIds]],
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
