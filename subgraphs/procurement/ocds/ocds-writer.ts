import type { EntityManager } from "typeorm";
import type { Contract, Item, OcdsId, Release, Tender, Value } from "./ocds-release";

const CODES = {
  status: ["planning", "planned", "active", "cancelled", "unsuccessful", "complete", "withdrawn"],
  method: ["open", "selective", "limited", "direct"],
  category: ["goods", "works", "services"],
  award: ["pending", "active", "cancelled", "unsuccessful"],
  contract: ["pending", "active", "cancelled", "terminated"],
};

/**
 * Writes one compiled release: the tender row (upserted by ocid) and its items, lots, parties,
 * awards, contracts and transactions (replaced). The whole compiled release is kept in `extra`,
 * so fields the model does not hold (Prozorro's 16 extensions) are not lost. Values outside the
 * OCDS closed code lists, and amounts that are not numbers, are reported and left empty.
 */
export async function writeRelease(
  m: EntityManager,
  r: Release,
  problem: (field: string, why: string) => void,
): Promise<number> {
  const code = (list: string[], value: unknown, field: string) => {
    if (value == null) return null;
    if (typeof value === "string" && list.includes(value)) return value;
    problem(field, `${JSON.stringify(value)} is not in the OCDS code list (${list.join(", ")})`);
    return null;
  };
  const amount = (v: Value | null | undefined, field: string): [string | null, string | null] => {
    if (v?.amount == null) return [null, null];
    if (typeof v.amount !== "number" || v.amount < 0) {
      problem(`${field}.amount`, `${JSON.stringify(v.amount)} is not a non-negative number`);
      return [null, null];
    }
    return [v.amount.toFixed(2), typeof v.currency === "string" ? v.currency : "UAH"];
  };
  const t: Tender = r.tender ?? {};
  const contracts: Contract[] = Array.isArray(r.contracts) ? r.contracts : [];
  const status =
    code(CODES.status, t.status, "tender.status") ??
    (contracts.some((c) => c.status === "active") ? "complete" : "planning");
  const entity = t.procuringEntity ?? r.buyer ?? null;
  const party = (r.parties ?? []).find((p) => p.id === entity?.id);
  const [scheme, identifier] = party?.identifier
    ? [party.identifier.scheme, String(party.identifier.id)]
    : (/^([A-Z]{2}-[A-Z]+)-(.+)$/.exec(String(entity?.id ?? ""))?.slice(1) ?? [null, null]);
  const [dept]: { department_id: number }[] = scheme
    ? await m.query(
        `SELECT department_id FROM procurement.department_identifier WHERE scheme = $1 AND identifier = $2`,
        [scheme, identifier],
      )
    : [];
  const [value, currency] = amount(t.value, "tender.value");
  const [{ id }]: { id: number }[] = await m.query(
    `INSERT INTO procurement.tender (ocid, title, description, status, procurement_method, main_procurement_category, value_amount, value_currency,
       tender_start, tender_end, enquiry_start, enquiry_end, procuring_entity_id, procuring_entity_name, date_published, release_date, extra)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
     ON CONFLICT (ocid) DO UPDATE SET title = EXCLUDED.title, description = EXCLUDED.description, status = EXCLUDED.status,
       procurement_method = EXCLUDED.procurement_method, main_procurement_category = EXCLUDED.main_procurement_category,
       value_amount = EXCLUDED.value_amount, value_currency = EXCLUDED.value_currency, tender_start = EXCLUDED.tender_start,
       tender_end = EXCLUDED.tender_end, enquiry_start = EXCLUDED.enquiry_start, enquiry_end = EXCLUDED.enquiry_end,
       procuring_entity_id = EXCLUDED.procuring_entity_id, procuring_entity_name = EXCLUDED.procuring_entity_name,
       date_published = EXCLUDED.date_published, release_date = EXCLUDED.release_date, extra = EXCLUDED.extra
     RETURNING id`,
    [
      r.ocid,
      t.title ?? contracts[0]?.title ?? r.ocid,
      t.description ?? null,
      status,
      code(CODES.method, t.procurementMethod, "tender.procurementMethod"),
      code(CODES.category, t.mainProcurementCategory, "tender.mainProcurementCategory"),
      value,
      currency,
      t.tenderPeriod?.startDate ?? null,
      t.tenderPeriod?.endDate ?? null,
      t.enquiryPeriod?.startDate ?? null,
      t.enquiryPeriod?.endDate ?? null,
      dept?.department_id ?? null,
      entity?.name ?? null,
      t.datePublished ?? r.date ?? new Date().toISOString(),
      r.date ?? null,
      JSON.stringify(r),
    ],
  );
  await replaceParts(m, id, r, t, contracts, code, amount);
  return id;
}

type Code = (list: string[], value: unknown, field: string) => string | null;
type Amount = (v: Value | null | undefined, field: string) => [string | null, string | null];

async function replaceParts(
  m: EntityManager,
  id: number,
  r: Release,
  t: Tender,
  contracts: Contract[],
  code: Code,
  amount: Amount,
): Promise<void> {
  await m.query(`UPDATE procurement.funding SET contract_id = NULL WHERE tender_id = $1`, [id]);
  await m.query(
    `DELETE FROM procurement.transaction WHERE contract_id IN (SELECT id FROM procurement.contract WHERE tender_id = $1)`,
    [id],
  );
  await m.query(
    `DELETE FROM procurement.contract_document WHERE contract_id IN (SELECT id FROM procurement.contract WHERE tender_id = $1)`,
    [id],
  );
  await m.query(
    `DELETE FROM procurement.award_supplier WHERE award_id IN (SELECT id FROM procurement.award WHERE tender_id = $1)`,
    [id],
  );
  for (const table of ["contract", "award", "item", "lot"])
    await m.query(`DELETE FROM procurement.${table} WHERE tender_id = $1`, [id]);
  const items: Item[] = Array.isArray(t.items) && t.items.length ? t.items : contracts.flatMap((c) => c.items ?? []);
  for (const [i, it] of items.entries()) {
    await m.query(
      `INSERT INTO procurement.item (tender_id, ext_id, description, quantity, unit_name, scheme, code, code_description, lot_ext_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (tender_id, ext_id) DO NOTHING`,
      [
        id,
        String(it.id ?? i + 1),
        it.description ?? null,
        typeof it.quantity === "number" ? it.quantity : null,
        it.unit?.name ?? null,
        it.classification?.scheme ?? null,
        it.classification?.id ?? null,
        it.classification?.description ?? null,
        it.relatedLot ?? null,
      ],
    );
  }
  for (const [i, lot] of (Array.isArray(t.lots) ? t.lots : []).entries()) {
    const [v, c] = amount(lot.value, `tender.lots[${i}].value`);
    await m.query(
      `INSERT INTO procurement.lot (tender_id, ext_id, title, status, value_amount, value_currency) VALUES ($1, $2, $3, $4, $5, $6)`,
      [id, String(lot.id ?? i + 1), lot.title ?? null, lot.status ?? null, v, c],
    );
  }
  const parties = new Map<OcdsId | undefined, number>();
  for (const p of Array.isArray(r.parties) ? r.parties : []) {
    if (!p?.identifier?.scheme || p.identifier.id == null) continue;
    const [{ id: partyId }]: { id: number }[] = await m.query(
      `INSERT INTO procurement.party (scheme, identifier, name) VALUES ($1, $2, $3) ON CONFLICT (scheme, identifier) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
      [p.identifier.scheme, String(p.identifier.id), p.name ?? p.identifier.legalName ?? String(p.identifier.id)],
    );
    parties.set(p.id, partyId);
  }
  for (const [i, a] of (Array.isArray(r.awards) ? r.awards : []).entries()) {
    const [v, c] = amount(a.value, `awards[${i}].value`);
    const [{ id: awardId }]: { id: number }[] = await m.query(
      `INSERT INTO procurement.award (tender_id, ext_id, status, date, value_amount, value_currency) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [
        id,
        String(a.id ?? i + 1),
        code(CODES.award, a.status, `awards[${i}].status`) ?? "pending",
        a.date ?? null,
        v,
        c,
      ],
    );
    for (const s of a.suppliers ?? [])
      if (parties.has(s.id))
        await m.query(`INSERT INTO procurement.award_supplier VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
          awardId,
          parties.get(s.id),
        ]);
  }
  for (const [i, k] of contracts.entries()) {
    const [v, c] = amount(k.value, `contracts[${i}].value`);
    const [{ id: contractId }]: { id: number }[] = await m.query(
      `INSERT INTO procurement.contract (tender_id, ext_id, award_ext_id, status, date_signed, value_amount, value_currency) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        id,
        String(k.id ?? i + 1),
        k.awardID ?? null,
        code(CODES.contract, k.status, `contracts[${i}].status`) ?? "pending",
        k.dateSigned ?? null,
        v,
        c,
      ],
    );
    for (const [j, tx] of (k.implementation?.transactions ?? []).entries()) {
      const [tv, tc] = amount(tx.value ?? tx.amount, `contracts[${i}].implementation.transactions[${j}].value`);
      await m.query(
        `INSERT INTO procurement.transaction (contract_id, ext_id, date, value_amount, value_currency) VALUES ($1, $2, $3, $4, $5)`,
        [contractId, String(tx.id ?? j + 1), tx.date ?? null, tv, tc],
      );
    }
  }
}
