import { readFileSync } from "node:fs";
import path from "node:path";
import { contractOperation } from "../helpers/contract";
import { restartSubgraph, stopSubgraph } from "../helpers/outage";
import { staffHeaders } from "../helpers/tokens";
import {
  pageProblems,
  recordPages,
  screenshot,
  seriousViolations,
  startPortalCity,
  type PortalCity,
} from "../helpers/portal-browser";

const LIST = contractOperation("portal-pages", "PortalTenders");
const DETAIL = contractOperation("portal-pages", "PortalTender");

/** The tenders pages in chromium: filters, keyset pages, a tender's detail and its Prozorro link. */
describe("the portal's tenders pages", () => {
  let portal: PortalCity;
  beforeAll(async () => {
    portal = await startPortalCity();
  });
  afterAll(() => portal?.stop());

  const titles = (body: any) => body.data.tenders.edges.map((e: any) => e.node.title);

  it("pages through active tenders as the graph's keyset pages give them, and back", async () => {
    const filter = { status: "ACTIVE" };
    const first = (await portal.city.query(LIST, { filter, first: 10 })).body;
    const second = (await portal.city.query(LIST, { filter, first: 10, after: first.data.tenders.pageInfo.endCursor }))
      .body;
    expect(first.data.tenders.pageInfo.hasNextPage).toBe(true);
    const page = await portal.open("#/tenders?status=ACTIVE");
    const items = page.locator("[data-tenders] li > a");
    await items.first().waitFor();
    expect(await items.allTextContents()).toEqual(titles(first));
    expect(await page.getByLabel("Статус").inputValue()).toBe("ACTIVE");
    expect(await page.locator("[data-page]").textContent()).toBe(
      `Сторінка 1, усього записів: ${first.data.tenders.totalCount}`,
    );
    const shown = await recordPages(page, "[data-tenders] li > a");
    await page.getByRole("button", { name: "Наступна сторінка" }).click();
    await page.locator("[data-page='2']").waitFor();
    expect(await items.allTextContents()).toEqual(titles(second));
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "tenders-page-2");
    await page.getByRole("button", { name: "Попередня сторінка" }).click();
    await page.locator("[data-page='1']").waitFor();
    expect(await items.allTextContents()).toEqual(titles(first));
    // Every state shown on the way: a page's number only ever over that page's rows.
    expect(await shown()).toEqual([
      ["2", titles(second)],
      ["1", titles(first)],
    ]);
    await page.close();
  });

  it("filters by words, CPV, value and publication days through the form", async () => {
    const since = new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);
    const filter = { search: "ремонт", cpv: "45", valueFrom: "100000", publishedSince: since };
    const expected = (await portal.city.query(LIST, { filter, first: 10 })).body;
    expect(expected.data.tenders.totalCount).toBeGreaterThan(0);
    const page = await portal.open("#/tenders", "phone");
    await page.locator("[data-tenders]").waitFor();
    await page.getByLabel("Слова в назві чи описі").fill("ремонт");
    await page.getByLabel("Код ДК 021 (CPV) або його початок").fill("45");
    await page.getByLabel("Вартість від, грн").fill("100000");
    await page.getByLabel("Оприлюднено з").fill(since);
    await page.getByRole("button", { name: "Знайти" }).click();
    await page.waitForURL(/#\/tenders\?search=/);
    // The unfiltered list stays until the filtered one comes: wait for the filtered count.
    await page.locator("[data-page]", { hasText: `усього записів: ${expected.data.tenders.totalCount}` }).waitFor();
    expect(await page.locator("[data-tenders] li > a").allTextContents()).toEqual(titles(expected));
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "tenders-filtered-phone");

    await page.goto(`${portal.city.base}/#/tenders?search=zzzqqqxxx`);
    await page.locator(".state-empty").waitFor();
    expect(await page.locator(".state-empty").textContent()).toBe(
      "Закупівель за цими умовами не знайдено. Змініть або скиньте фільтри.",
    );
    await page.goto(`${portal.city.base}/#/tenders?valueFrom=abc`);
    await page.locator(".state-error").waitFor();
    const refused = (
      await portal.city.query(LIST, { filter: { valueFrom: "abc" }, first: 10 }, { "accept-language": "uk" })
    ).body;
    expect(await page.locator(".state-error").textContent()).toBe(refused.errors![0].message);
    await page.close();
  });

  it("shows a tender with its items, awards, contracts and funding, linked to Prozorro by its ocid", async () => {
    const [{ id }] = await portal.city.db.query<{ id: number }>(
      `SELECT t.id FROM procurement.tender t
       WHERE EXISTS (SELECT 1 FROM procurement.award a WHERE a.tender_id = t.id)
         AND EXISTS (SELECT 1 FROM procurement.contract c WHERE c.tender_id = t.id)
       ORDER BY t.id LIMIT 1`,
    );
    const tender = (await portal.city.query(DETAIL, { id: String(id) })).body.data.tender;
    const page = await portal.open(`#/tenders/${id}`);
    await page.locator(`[data-tender="${id}"]`).waitFor();
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(tender.title);
    const table = (caption: string) => page.locator("table", { has: page.locator("caption", { hasText: caption }) });
    expect(await table("Визначення переможця").locator("tbody tr").count()).toBe(tender.awards.length);
    expect(await table("Договори").locator("tbody tr").count()).toBe(tender.contracts.length);
    expect(await table("Предмет закупівлі").locator("tbody tr").count()).toBe(tender.items.length);
    expect(await table("Джерела фінансування").locator("tbody tr").count()).toBe(tender.funding.length);
    expect(await table("Визначення переможця").textContent()).toContain(tender.awards[0].suppliers[0].name);
    expect(await page.locator("[data-prozorro]").getAttribute("href")).toBe(
      `https://prozorro.gov.ua/tender/${tender.ocid.replace("ocds-be6bcu-", "")}`,
    );
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "tender-detail");
    expect(pageProblems(page)).toEqual([]);
    await page.goto(`${portal.city.base}/#/tenders/999999`);
    await page.getByRole("heading", { name: "Закупівлю не знайдено" }).waitFor();
    await page.close();
  });

  it("shows an imported process's lots, and links to Prozorro by tenderID, or to its search by ocid", async () => {
    const ocid = "ocds-be6bcu-UA-2026-01-15-000123-a";
    const release = {
      ocid,
      id: `${ocid}-r1`,
      date: "2026-01-15T10:00:00Z",
      tag: ["tender"],
      initiationType: "tender",
      tender: {
        id: "t1",
        title: "Шкільні меблі для ліцею № 25",
        status: "active",
        value: { amount: 500000, currency: "UAH" },
        lots: [
          { id: "L1", title: "Парти", status: "active", value: { amount: 300000, currency: "UAH" } },
          { id: "L2", title: "Стільці", status: "active", value: { amount: 200000, currency: "UAH" } },
        ],
        items: [
          {
            id: "i1",
            description: "Парта учнівська",
            quantity: 30,
            unit: { name: "штука" },
            classification: { scheme: "ДК021", id: "39160000-1", description: "Шкільні меблі" },
            relatedLot: "L1",
          },
        ],
      },
    };
    const pkg = {
      uri: "https://example.org/p.json",
      version: "1.1",
      publishedDate: release.date,
      publisher: { name: "test" },
      releases: [release],
    };
    const admin = await staffHeaders("1", "1", "admin");
    const imported = await portal.city.query(
      `mutation ($p: String!) { importOcds(package: $p) { processes problems { field why } } }`,
      { p: JSON.stringify(pkg) },
      admin,
    );
    expect(imported.body.data.importOcds).toEqual({ processes: 1, problems: [] });
    const found = (await portal.city.query(LIST, { filter: { ocid }, first: 1 })).body.data.tenders.edges[0].node;
    const page = await portal.open(`#/tenders/${found.id}`, "phone");
    await page.locator(`[data-tender="${found.id}"]`).waitFor();
    const lots = page.locator("table", { has: page.locator("caption", { hasText: "Лоти" }) }).locator("tbody tr");
    const money = (n: number) => `${n.toLocaleString("uk-UA", { minimumFractionDigits: 2 })} грн`;
    expect(await lots.allInnerTexts()).toEqual([
      `Парти\tактивний\t${money(300000)}`,
      `Стільці\tактивний\t${money(200000)}`,
    ]);
    expect(await page.locator("[data-prozorro]").getAttribute("href")).toBe(
      "https://prozorro.gov.ua/tender/UA-2026-01-15-000123-a",
    );
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "tender-lots-phone");

    // A process from another OCDS publisher: Prozorro's search by its ocid.
    const other = readFileSync(
      path.resolve(__dirname, "../fixtures/ocds-fictional-example/ocds-213czf-000-00001-02-tender.json"),
      "utf8",
    );
    const again = await portal.city.query(
      `mutation ($p: String!) { importOcds(package: $p) { processes } }`,
      { p: other },
      admin,
    );
    expect(again.body.data.importOcds).toEqual({ processes: 1 });
    const foreign = (await portal.city.query(LIST, { filter: { ocid: "ocds-213czf-000-00001" }, first: 1 })).body.data
      .tenders.edges[0].node;
    await page.goto(`${portal.city.base}/#/tenders/${foreign.id}`);
    await page.locator(`[data-tender="${foreign.id}"]`).waitFor();
    expect(await page.locator("[data-prozorro]").getAttribute("href")).toBe(
      "https://prozorro.gov.ua/search/tender?text=ocds-213czf-000-00001",
    );
    await page.close();
  });

  it("lists tenders while documents is down, without their departments, and says some of it is missing", async () => {
    await stopSubgraph(portal.city, "documents");
    try {
      const page = await portal.open("#/tenders?status=ACTIVE");
      await page.locator("[data-tenders]").waitFor();
      expect(await page.locator("[data-tenders] li").count()).toBe(10);
      expect(await page.locator("[role=status]", { hasText: "Деякі відомості" }).count()).toBe(1);
      await screenshot(page, "tenders-documents-down");
      await page.close();
    } finally {
      await restartSubgraph(portal.city, "documents");
    }
  });
});
