import { readdirSync } from "node:fs";
import path from "node:path";
import { exportReleasePackage } from "../../../subgraphs/procurement/ocds/ocds-export";
import { importOcdsFiles, importOcdsPackage } from "../../../subgraphs/procurement/ocds/ocds-import";
import { startLocalCity, type LocalCity } from "../../helpers/local-city";
import { releasePackageValidator } from "../../helpers/ocds-schema";

const DATA = path.resolve(__dirname, "../../fixtures");
const files = (dir: string) =>
  readdirSync(path.join(DATA, dir))
    .filter((f) => f.endsWith(".json"))
    .map((f) => path.join(DATA, dir, f));
const SAMPLES = [...files("prozorro-ocds-sample"), ...files("ocds-fictional-example")];
const DEFECT =
  '"https://raw.githubusercontent.com/openprocurement/ocds_pendingCancellation_extension/master/extension.json<Paste>" is not a URI (kept, not used)';

/** OCDS in and out: real Prozorro and fictional data import; exports validate; round trips keep data (the HTTP route: ocds-route.test.ts). */
describe("OCDS import and export", () => {
  let city: LocalCity;
  let other: LocalCity;
  beforeAll(async () => {
    city = await startLocalCity();
    other = await startLocalCity({ seed: "none" });
  });
  afterAll(async () => {
    await city?.stop();
    await other?.stop();
  });
  const snapshot = (c: LocalCity) =>
    c.db.query(`SELECT t.ocid, t.title, t.status, t.value_amount::text AS value, t.procurement_method AS method,
                       (SELECT count(*) FROM procurement.item i WHERE i.tender_id = t.id)::int AS items,
                       (SELECT count(*) FROM procurement.award a WHERE a.tender_id = t.id)::int AS awards,
                       (SELECT count(*) FROM procurement.contract k WHERE k.tender_id = t.id)::int AS contracts
                  FROM procurement.tender t WHERE t.extra IS NOT NULL ORDER BY t.ocid`);

  it("imports every sample file, reporting Prozorro's package defect without stopping", async () => {
    const summaries = await importOcdsFiles(city.subgraphs.procurement.db, SAMPLES);
    const problems = summaries.flatMap((s) => s.problems.map((p) => [path.basename(p.file), p.field, p.why]));
    expect(problems).toEqual([
      ["release-c3f4965758c9b7391f86c676f59b828a.json", "extensions[8]", DEFECT],
      ["releases-10.json", "extensions[8]", DEFECT],
    ]);
    const rows = await snapshot(city);
    expect(rows).toHaveLength(11);
    const cycleLane = rows.find((r: any) => r.ocid === "ocds-213czf-000-00001");
    expect(cycleLane).toMatchObject({
      title: "Planned cycle lane improvements",
      method: "open",
      awards: 1,
      contracts: 1,
    });
  });

  it("changes nothing when the same files are imported again", async () => {
    const before = await snapshot(city);
    await importOcdsFiles(city.subgraphs.procurement.db, SAMPLES);
    expect(await snapshot(city)).toEqual(before);
  });

  it("reports a bad release or field and imports the rest", async () => {
    const pkg = {
      uri: "https://example.org/p.json",
      version: "1.1",
      publishedDate: "2026-01-01T00:00:00Z",
      publisher: { name: "test" },
      releases: [
        { ocid: "not an ocid", id: "r1", date: "2026-01-01T00:00:00Z", tag: ["tender"] },
        {
          ocid: "ocds-abc123-bad-fields",
          id: "r2",
          date: "2026-01-01T00:00:00Z",
          tag: ["tender"],
          tender: { id: "t", title: "Ремонт", status: "open-ish", value: { amount: -5, currency: "UAH" } },
        },
        {
          ocid: "ocds-abc123-fine",
          id: "r3",
          date: "2026-01-01T00:00:00Z",
          tag: ["tender"],
          tender: { id: "t", title: "Папір", status: "active", value: { amount: 1200.5, currency: "UAH" } },
        },
      ],
    };
    const summary = await importOcdsPackage(city.subgraphs.procurement.db, "p.json", pkg);
    expect(summary.problems.map((p) => [p.ocid, p.releaseId, p.field, p.why])).toEqual([
      ["not an ocid", "r1", "ocid", "missing or not an OCDS ocid (ocds-<prefix>-<id>)"],
      [
        "ocds-abc123-bad-fields",
        "ocds-abc123-bad-fields-compiled",
        "tender.status",
        '"open-ish" is not in the OCDS code list (planning, planned, active, cancelled, unsuccessful, complete, withdrawn)',
      ],
      [
        "ocds-abc123-bad-fields",
        "ocds-abc123-bad-fields-compiled",
        "tender.value.amount",
        "-5 is not a non-negative number",
      ],
    ]);
    const { body } = await city.query(
      `{ tenders(filter: { ocid: "ocds-abc123-fine" }, first: 1) { edges { node { title status value { amount } } } } }`,
    );
    expect(body.data.tenders.edges).toEqual([
      { node: { title: "Папір", status: "ACTIVE", value: { amount: "1200.50" } } },
    ]);
  });

  it("matches a procuring entity to its department by identifier", async () => {
    const release = {
      ocid: "ocds-abc123-roads-1",
      id: "r1",
      date: "2026-02-01T00:00:00Z",
      tag: ["tender"],
      initiationType: "tender",
      parties: [
        {
          id: "UA-EDR-40010006",
          name: "Управління ЖКГ",
          identifier: { scheme: "UA-EDR", id: "40010006" },
          roles: ["buyer"],
        },
      ],
      buyer: { id: "UA-EDR-40010006", name: "Управління ЖКГ" },
      tender: { id: "t1", title: "Ямковий ремонт", status: "active" },
    };
    await importOcdsPackage(city.subgraphs.procurement.db, "one.json", { releases: [release] });
    const { body } = await city.query(
      `{ tenders(filter: { ocid: "ocds-abc123-roads-1" }, first: 1) { edges { node { procuringEntity { id name } } } } }`,
    );
    expect(body.data.tenders.edges).toEqual([
      { node: { procuringEntity: { id: "6", name: "Управління житлово-комунального господарства" } } },
    ]);
  });

  it("exports a release package that validates against OCDS 1.1.5, imported and own processes alike", async () => {
    const pkg = await exportReleasePackage(city.subgraphs.procurement.db, "http://localhost:4000/ocds/releases.json");
    const validate = releasePackageValidator();
    const valid = validate(pkg);
    expect(validate.errors?.slice(0, 3) ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect((pkg.releases as unknown[]).length).toBeGreaterThan(250);
  });

  it("keeps the data through import → export → import", async () => {
    const exported = await exportReleasePackage(
      city.subgraphs.procurement.db,
      "http://localhost:4000/ocds/releases.json",
    );
    const summary = await importOcdsPackage(other.subgraphs.procurement.db, "export.json", exported);
    expect(summary.problems).toEqual([]);
    const fields = `SELECT ocid, title, status, value_amount::text AS value, procurement_method AS method, main_procurement_category AS category,
                      (SELECT count(*) FROM procurement.award a WHERE a.tender_id = t.id)::int AS awards,
                      (SELECT count(*) FROM procurement.contract k WHERE k.tender_id = t.id)::int AS contracts FROM procurement.tender t ORDER BY ocid`;
    expect(await other.db.query(fields)).toEqual(await city.db.query(fields));
  });
});
