import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Contracting processes in the shape of OCDS 1.1: the tender with items and lots, parties
 * (identified as scheme + id, e.g. UA-EDR + EDRPOU), awards with suppliers, contracts with their
 * documents (ids in the documents subgraph) and implementation transactions, funding by budget
 * lines (ids in the budget subgraph), and competitions. Code lists are OCDS's closed lists.
 * Fields of imported releases that the model does not hold are kept in `extra` (jsonb).
 */
export class Tenders1764270000000 implements MigrationInterface {
  name = "Tenders1764270000000";

  async up(q: QueryRunner): Promise<void> {
    const money = (prefix: string) =>
      `${prefix}_amount numeric(18, 2) CHECK (${prefix}_amount >= 0), ${prefix}_currency text CHECK (${prefix}_currency ~ '^[A-Z]{3}$')`;
    await q.query(`
      CREATE TABLE procurement.tender (
        id serial PRIMARY KEY,
        ocid text NOT NULL UNIQUE CHECK (ocid ~ '^ocds-[a-z0-9]{6}-'),
        title text NOT NULL,
        description text,
        status text NOT NULL CHECK (status IN ('planning','planned','active','cancelled','unsuccessful','complete','withdrawn')),
        procurement_method text CHECK (procurement_method IN ('open','selective','limited','direct')),
        main_procurement_category text CHECK (main_procurement_category IN ('goods','works','services')),
        ${money("value")},
        tender_start timestamptz, tender_end timestamptz,
        enquiry_start timestamptz, enquiry_end timestamptz,
        procuring_entity_id int,
        procuring_entity_name text,
        date_published timestamptz NOT NULL DEFAULT now(),
        release_date timestamptz,
        extra jsonb,
        search_text text GENERATED ALWAYS AS (lower(title || ' ' || coalesce(description, ''))) STORED
      )`);
    await q.query(`CREATE INDEX tender_entity_idx ON procurement.tender (procuring_entity_id, status, id DESC)`);
    await q.query(`CREATE INDEX tender_status_idx ON procurement.tender (status, id DESC)`);
    await q.query(`CREATE INDEX tender_published_idx ON procurement.tender (date_published)`);
    // Which organisation identifiers (e.g. UA-EDR + EDRPOU) are the council's departments: imports
    // match procuring entities to departments through it.
    await q.query(
      `CREATE TABLE procurement.department_identifier (scheme text NOT NULL, identifier text NOT NULL, department_id int NOT NULL, PRIMARY KEY (scheme, identifier))`,
    );
    // Every imported OCDS release as published; a process is compiled from all of its releases.
    await q.query(
      `CREATE TABLE procurement.release (ocid text NOT NULL, release_id text NOT NULL, date text NOT NULL, body jsonb NOT NULL, PRIMARY KEY (ocid, release_id))`,
    );
    await q.query(
      `CREATE TABLE procurement.party (id serial PRIMARY KEY, scheme text NOT NULL, identifier text NOT NULL, name text NOT NULL, UNIQUE (scheme, identifier))`,
    );
    await q.query(`
      CREATE TABLE procurement.lot (
        id serial PRIMARY KEY, tender_id int NOT NULL REFERENCES procurement.tender (id), ext_id text NOT NULL,
        title text, status text, ${money("value")}, UNIQUE (tender_id, ext_id))`);
    await q.query(`
      CREATE TABLE procurement.item (
        id serial PRIMARY KEY, tender_id int NOT NULL REFERENCES procurement.tender (id), ext_id text NOT NULL,
        description text, quantity numeric, unit_name text, scheme text, code text, code_description text, lot_ext_id text,
        UNIQUE (tender_id, ext_id))`);
    await q.query(`CREATE INDEX item_code_idx ON procurement.item (code text_pattern_ops)`);
    await q.query(`
      CREATE TABLE procurement.award (
        id serial PRIMARY KEY, tender_id int NOT NULL REFERENCES procurement.tender (id), ext_id text NOT NULL,
        status text NOT NULL CHECK (status IN ('pending','active','cancelled','unsuccessful')), date timestamptz, ${money("value")},
        UNIQUE (tender_id, ext_id))`);
    await q.query(
      `CREATE TABLE procurement.award_supplier (award_id int NOT NULL REFERENCES procurement.award (id), party_id int NOT NULL REFERENCES procurement.party (id), PRIMARY KEY (award_id, party_id))`,
    );
    await q.query(`
      CREATE TABLE procurement.contract (
        id serial PRIMARY KEY, tender_id int NOT NULL REFERENCES procurement.tender (id), ext_id text NOT NULL, award_ext_id text,
        status text NOT NULL CHECK (status IN ('pending','active','cancelled','terminated')), date_signed timestamptz, ${money("value")},
        UNIQUE (tender_id, ext_id))`);
    await q.query(
      `CREATE TABLE procurement.contract_document (contract_id int NOT NULL REFERENCES procurement.contract (id), document_id int NOT NULL, PRIMARY KEY (contract_id, document_id))`,
    );
    await q.query(`
      CREATE TABLE procurement.transaction (
        id serial PRIMARY KEY, contract_id int NOT NULL REFERENCES procurement.contract (id), ext_id text NOT NULL, date timestamptz, ${money("value")},
        UNIQUE (contract_id, ext_id))`);
    await q.query(`
      CREATE TABLE procurement.funding (
        id serial PRIMARY KEY, tender_id int NOT NULL REFERENCES procurement.tender (id), contract_id int REFERENCES procurement.contract (id),
        budget_line_id int NOT NULL, amount numeric(18, 2) NOT NULL CHECK (amount >= 0), currency text NOT NULL DEFAULT 'UAH')`);
    await q.query(`CREATE INDEX funding_line_idx ON procurement.funding (budget_line_id, tender_id)`);
    await q.query(`CREATE INDEX funding_tender_idx ON procurement.funding (tender_id)`);
    await q.query(`
      CREATE TABLE procurement.competition (
        id serial PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('CARRIER_SELECTION','PUBLIC_PROJECT','VACANCY','PROPERTY_LEASE','OTHER')),
        title text NOT NULL, description text, organizer_id int,
        deadline timestamptz NOT NULL,
        status text NOT NULL CHECK (status IN ('ANNOUNCED','OPEN','CLOSED','COMPLETED','CANCELLED')),
        result text)`);
    await q.query(`CREATE INDEX competition_status_idx ON procurement.competition (status, deadline, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      "release",
      "department_identifier",
      "competition",
      "funding",
      "transaction",
      "contract_document",
      "contract",
      "award_supplier",
      "award",
      "item",
      "lot",
      "party",
      "tender",
    ]) {
      await q.query(`DROP TABLE procurement.${t}`);
    }
  }
}
