import type { TestDatabase } from "./database";

const kop = (text: string) => BigInt(text.replace(".", ""));
const text = (k: bigint) => `${k / 100n}.${String(k % 100n).padStart(2, "0")}`;

/** Divides and rounds half away from zero (PostgreSQL's round of a positive numeric). */
const roundDiv = (a: bigint, b: bigint) => (a * 2n + b) / (2n * b);

/**
 * Planned and contracted per budget line, recomputed in kopiykas from the raw rows (funding, tender statuses,
 * contracts), not with the service's SQL: planned is the funding of tenders neither cancelled, unsuccessful nor
 * withdrawn; contracted is each tender's active and terminated contracts times the line's share of its funding,
 * rounded per tender and line. Lines without funding are absent.
 */
export async function expectedContracting(
  db: TestDatabase,
): Promise<Map<string, { planned: string; contracted: string }>> {
  const funding = await db.query<{ line: number; tender: number; amount: string; status: string }>(
    `SELECT f.budget_line_id AS line, f.tender_id AS tender, f.amount::text, t.status
       FROM procurement.funding f JOIN procurement.tender t ON t.id = f.tender_id`,
  );
  const contracts = await db.query<{ tender: number; amount: string; status: string }>(
    `SELECT tender_id AS tender, coalesce(value_amount, 0)::text AS amount, status FROM procurement.contract`,
  );
  const signed = new Map<number, bigint>();
  for (const c of contracts)
    if (c.status === "active" || c.status === "terminated")
      signed.set(c.tender, (signed.get(c.tender) ?? 0n) + kop(c.amount));
  const tenderTotal = new Map<number, bigint>();
  const share = new Map<string, bigint>();
  for (const f of funding) {
    tenderTotal.set(f.tender, (tenderTotal.get(f.tender) ?? 0n) + kop(f.amount));
    share.set(`${f.line}|${f.tender}`, (share.get(`${f.line}|${f.tender}`) ?? 0n) + kop(f.amount));
  }
  const status = new Map(funding.map((f) => [f.tender, f.status]));
  const lines = new Map<string, { planned: bigint; contracted: bigint }>();
  for (const [key, amount] of share) {
    const [line, tender] = key.split("|").map(Number);
    const sums = lines.get(String(line)) ?? { planned: 0n, contracted: 0n };
    if (!["cancelled", "unsuccessful", "withdrawn"].includes(status.get(tender)!)) sums.planned += amount;
    const total = tenderTotal.get(tender)!;
    if (total > 0n) sums.contracted += roundDiv((signed.get(tender) ?? 0n) * amount, total);
    lines.set(String(line), sums);
  }
  return new Map([...lines].map(([id, s]) => [id, { planned: text(s.planned), contracted: text(s.contracted) }]));
}
