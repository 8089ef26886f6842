import type { DataSource } from "typeorm";
import type { Award, Contract, Item, Lot, Organization } from "../entities/ocds-parts.type";
import type { AwardStatus, ContractStatus } from "../entities/ocds-enums";
import type { Funding } from "../entities/funding.type";

const money = (amount: string | null, currency: string | null) =>
  amount === null ? null : { amount, currency: currency ?? "UAH" };

/** The parts of many tenders, one statement per kind of part; each returns rows with tenderId. */
export async function itemsOf(db: DataSource, ids: readonly number[]): Promise<Item[]> {
  const rows: {
    tenderId: number;
    description: string | null;
    quantity: number | null;
    unit: string | null;
    scheme: string | null;
    code: string | null;
    codeDescription: string | null;
  }[] = await db.query(
    `SELECT tender_id AS "tenderId", description, quantity::float8 AS quantity, unit_name AS unit, scheme, code, code_description AS "codeDescription"
       FROM procurement.item WHERE tender_id = ANY($1) ORDER BY tender_id, id`,
    [ids],
  );
  return rows.map((r) => ({
    tenderId: r.tenderId,
    description: r.description,
    quantity: r.quantity,
    unit: r.unit,
    classification: r.code || r.scheme ? { scheme: r.scheme, id: r.code, description: r.codeDescription } : null,
  }));
}

export async function lotsOf(db: DataSource, ids: readonly number[]): Promise<Lot[]> {
  const rows: {
    tenderId: number;
    id: string;
    title: string | null;
    status: string | null;
    amount: string | null;
    currency: string | null;
  }[] = await db.query(
    `SELECT tender_id AS "tenderId", ext_id AS id, title, status, value_amount::text AS amount, value_currency AS currency FROM procurement.lot WHERE tender_id = ANY($1) ORDER BY tender_id, id`,
    [ids],
  );
  return rows.map((r) => ({
    tenderId: r.tenderId,
    id: r.id,
    title: r.title,
    status: r.status,
    value: money(r.amount, r.currency),
  }));
}

export async function awardsOf(db: DataSource, ids: readonly number[]): Promise<Award[]> {
  const rows: {
    tenderId: number;
    id: string;
    status: AwardStatus;
    date: Date | null;
    amount: string | null;
    currency: string | null;
    suppliers: Organization[];
  }[] = await db.query(
    `SELECT a.tender_id AS "tenderId", a.ext_id AS id, a.status, a.date, a.value_amount::text AS amount, a.value_currency AS currency,
            coalesce(json_agg(json_build_object('name', p.name, 'identifier', json_build_object('scheme', p.scheme, 'id', p.identifier)) ORDER BY p.id)
                     FILTER (WHERE p.id IS NOT NULL), '[]') AS suppliers
       FROM procurement.award a LEFT JOIN procurement.award_supplier s ON s.award_id = a.id LEFT JOIN procurement.party p ON p.id = s.party_id
      WHERE a.tender_id = ANY($1) GROUP BY a.id ORDER BY a.tender_id, a.id`,
    [ids],
  );
  return rows.map((r) => ({
    tenderId: r.tenderId,
    id: r.id,
    status: r.status,
    date: r.date,
    value: money(r.amount, r.currency),
    suppliers: r.suppliers,
  }));
}

export async function contractsOf(db: DataSource, ids: readonly number[]): Promise<Contract[]> {
  const rows: {
    tenderId: number;
    id: string;
    status: ContractStatus;
    dateSigned: Date | null;
    amount: string | null;
    currency: string | null;
    documentIds: number[];
  }[] = await db.query(
    `SELECT c.tender_id AS "tenderId", c.ext_id AS id, c.status, c.date_signed AS "dateSigned", c.value_amount::text AS amount, c.value_currency AS currency,
            coalesce(array_agg(d.document_id ORDER BY d.document_id) FILTER (WHERE d.document_id IS NOT NULL), '{}') AS "documentIds"
       FROM procurement.contract c LEFT JOIN procurement.contract_document d ON d.contract_id = c.id
      WHERE c.tender_id = ANY($1) GROUP BY c.id ORDER BY c.tender_id, c.id`,
    [ids],
  );
  return rows.map((r) => ({
    tenderId: r.tenderId,
    id: r.id,
    status: r.status,
    dateSigned: r.dateSigned,
    value: money(r.amount, r.currency),
    documentIds: r.documentIds,
  }));
}

export async function fundingOf(db: DataSource, ids: readonly number[]): Promise<Funding[]> {
  const rows: { tenderId: number; amount: string; currency: string; lineId: number }[] = await db.query(
    `SELECT tender_id AS "tenderId", amount::text AS amount, currency, budget_line_id AS "lineId" FROM procurement.funding WHERE tender_id = ANY($1) ORDER BY tender_id, id`,
    [ids],
  );
  return rows.map((r) => ({
    tenderId: r.tenderId,
    amount: { amount: r.amount, currency: r.currency },
    budgetLine: { id: String(r.lineId) },
  }));
}
