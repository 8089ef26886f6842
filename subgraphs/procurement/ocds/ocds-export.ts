import type { DataSource } from "typeorm";
import type { Release } from "./ocds-release";

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : undefined);
const money = (amount: string | null, currency: string | null) =>
  amount === null ? undefined : { amount: Number(amount), currency: currency ?? "UAH" };
const strip = <T extends object>(o: T): T => JSON.parse(JSON.stringify(o));

/** The rows the export reads: numeric columns come as text, timestamptz as Date. */
interface TenderRow {
  id: number;
  ocid: string;
  title: string;
  description: string | null;
  status: string;
  procurement_method: string | null;
  main_procurement_category: string | null;
  value_amount: string | null;
  value_currency: string | null;
  tender_start: Date | null;
  tender_end: Date | null;
  enquiry_start: Date | null;
  enquiry_end: Date | null;
  procuring_entity_id: number | null;
  procuring_entity_name: string | null;
  date_published: Date;
  release_date: Date | null;
  /** The compiled release of an imported process, as written by the import. */
  extra: Release | null;
  buyer_scheme: string | null;
  buyer_identifier: string | null;
}
interface ItemRow {
  tender_id: number;
  ext_id: string;
  description: string | null;
  quantity: string | null;
  unit_name: string | null;
  scheme: string | null;
  code: string | null;
  code_description: string | null;
}
interface AwardRow {
  tender_id: number;
  ext_id: string;
  status: string;
  date: Date | null;
  value_amount: string | null;
  value_currency: string | null;
  suppliers: { scheme: string; id: string; name: string }[];
}
interface ContractRow {
  tender_id: number;
  ext_id: string;
  award_ext_id: string | null;
  status: string;
  date_signed: Date | null;
  value_amount: string | null;
  value_currency: string | null;
}

/**
 * A release package of compiled releases, one per process: an imported process is exported as it
 * was compiled (nothing lost, so import → export → import keeps the data); the city's own are
 * built from the tables in OCDS 1.1 shape. Departments are parties identified by their EDRPOU
 * code where known.
 */
export async function exportReleasePackage(db: DataSource, uri: string): Promise<Record<string, unknown>> {
  const tenders: TenderRow[] = await db.query(
    `SELECT t.*, di.scheme AS buyer_scheme, di.identifier AS buyer_identifier FROM procurement.tender t
       LEFT JOIN LATERAL (SELECT scheme, identifier FROM procurement.department_identifier d WHERE d.department_id = t.procuring_entity_id LIMIT 1) di ON true
      ORDER BY t.id`,
  );
  const part = async <T extends { tender_id: number }>(sql: string) =>
    groupBy<T, "tender_id">(await db.query(sql), "tender_id");
  const items = await part<ItemRow>(`SELECT * FROM procurement.item ORDER BY id`);
  const awards = await part<AwardRow>(
    `SELECT a.*, coalesce(json_agg(json_build_object('scheme', p.scheme, 'id', p.identifier, 'name', p.name)) FILTER (WHERE p.id IS NOT NULL), '[]') AS suppliers
       FROM procurement.award a LEFT JOIN procurement.award_supplier s ON s.award_id = a.id LEFT JOIN procurement.party p ON p.id = s.party_id GROUP BY a.id ORDER BY a.id`,
  );
  const contracts = await part<ContractRow>(`SELECT * FROM procurement.contract ORDER BY id`);
  const releases = tenders.map((t): Release =>
    t.extra
      ? normalized(t, awards.get(t.id) ?? [], contracts.get(t.id) ?? [])
      : build(t, items.get(t.id) ?? [], awards.get(t.id) ?? [], contracts.get(t.id) ?? []),
  );
  return { uri, version: "1.1", publishedDate: new Date().toISOString(), publisher: { name: "e-Misto" }, releases };
}

/**
 * An imported process as it was compiled, with the fields the import checked replaced by their
 * stored values: a code outside OCDS's closed lists or a bad amount, reported at import, is not
 * published again.
 */
function normalized(t: TenderRow, awards: AwardRow[], contracts: ContractRow[]): Release {
  const r = t.extra as Release;
  const status = (list: { ext_id: string; status: string }[], id: unknown) =>
    list.find((x) => x.ext_id === String(id))?.status;
  return strip({
    ...r,
    initiationType: r.initiationType ?? "tender",
    tender: r.tender && {
      ...r.tender,
      status: r.tender.status === undefined ? undefined : t.status,
      procurementMethod: t.procurement_method ?? undefined,
      mainProcurementCategory: t.main_procurement_category ?? undefined,
      value: money(t.value_amount, t.value_currency),
    },
    awards: r.awards?.map((a) => ({ ...a, status: status(awards, a.id) ?? a.status })),
    contracts: r.contracts?.map((c) => ({ ...c, status: status(contracts, c.id) ?? c.status })),
  });
}

function groupBy<T, K extends keyof T>(rows: T[], key: K): Map<T[K], T[]> {
  const out = new Map<T[K], T[]>();
  for (const r of rows) out.set(r[key], [...(out.get(r[key]) ?? []), r]);
  return out;
}

function build(t: TenderRow, items: ItemRow[], awards: AwardRow[], contracts: ContractRow[]): Release {
  const buyerId = t.buyer_identifier
    ? `${t.buyer_scheme}-${t.buyer_identifier}`
    : t.procuring_entity_id
      ? `emisto-department-${t.procuring_entity_id}`
      : undefined;
  const buyer = buyerId
    ? { id: buyerId, name: t.procuring_entity_name ?? `Department ${t.procuring_entity_id}` }
    : undefined;
  const suppliers = awards.flatMap((a) =>
    a.suppliers.map((s) => ({
      id: `${s.scheme}-${s.id}`,
      name: s.name,
      identifier: { scheme: s.scheme, id: s.id },
      roles: ["supplier"],
    })),
  );
  const parties = [
    ...(buyer
      ? [
          {
            ...buyer,
            roles: ["buyer", "procuringEntity"],
            ...(t.buyer_identifier ? { identifier: { scheme: t.buyer_scheme, id: t.buyer_identifier } } : {}),
          },
        ]
      : []),
    ...suppliers,
  ];
  return strip({
    ocid: t.ocid,
    id: `${t.ocid}-compiled`,
    date: iso(t.release_date ?? t.date_published),
    tag: ["compiled"],
    initiationType: "tender",
    parties: [...new Map(parties.map((p) => [p.id, p])).values()],
    buyer,
    tender: {
      id: `${t.ocid}-tender`,
      title: t.title,
      description: t.description ?? undefined,
      status: t.status,
      procurementMethod: t.procurement_method ?? undefined,
      mainProcurementCategory: t.main_procurement_category ?? undefined,
      value: money(t.value_amount, t.value_currency),
      tenderPeriod:
        t.tender_start || t.tender_end ? { startDate: iso(t.tender_start), endDate: iso(t.tender_end) } : undefined,
      enquiryPeriod:
        t.enquiry_start || t.enquiry_end ? { startDate: iso(t.enquiry_start), endDate: iso(t.enquiry_end) } : undefined,
      procuringEntity: buyer,
      datePublished: iso(t.date_published),
      items: items.map((i) => ({
        id: i.ext_id,
        description: i.description ?? undefined,
        quantity: i.quantity === null ? undefined : Number(i.quantity),
        unit: i.unit_name ? { name: i.unit_name } : undefined,
        classification: i.code
          ? { scheme: i.scheme ?? "ДК021", id: i.code, description: i.code_description ?? undefined }
          : undefined,
      })),
    },
    awards: awards.map((a) => ({
      id: a.ext_id,
      status: a.status,
      date: iso(a.date),
      value: money(a.value_amount, a.value_currency),
      suppliers: a.suppliers.map((s) => ({ id: `${s.scheme}-${s.id}`, name: s.name })),
    })),
    contracts: contracts.map((c) => ({
      id: c.ext_id,
      awardID: c.award_ext_id ?? awards[0]?.ext_id ?? c.ext_id,
      status: c.status,
      dateSigned: iso(c.date_signed),
      value: money(c.value_amount, c.value_currency),
    })),
  });
}
