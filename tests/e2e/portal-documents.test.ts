import { contractOperation } from "../helpers/contract";
import {
  pageProblems,
  screenshot,
  seriousViolations,
  startPortalCity,
  type PortalCity,
} from "../helpers/portal-browser";
import { staffHeaders } from "../helpers/tokens";

const SEARCH = contractOperation("portal-pages", "PortalDocuments");

/** The documents pages in chromium: searching public documents, one document and its file. */
describe("the portal's documents pages", () => {
  let portal: PortalCity;
  beforeAll(async () => {
    portal = await startPortalCity();
  });
  afterAll(() => portal?.stop());

  const titles = (body: any) =>
    body.data.publicDocuments.edges.map((e: any) => e.node.title ?? `Документ № ${e.node.registrationNumber}`);

  it("searches public documents by words and kind as the graph finds them", async () => {
    const expected = (await portal.city.query(SEARCH, { filter: { search: "бюджет" }, first: 10 })).body;
    expect(expected.data.publicDocuments.totalCount).toBeGreaterThan(0);
    const page = await portal.open("#/documents", "phone");
    await page.locator("[data-documents]").waitFor();
    await page.getByLabel("Слова в назві чи змісті").fill("бюджет");
    await page.getByRole("button", { name: "Шукати" }).click();
    await page.waitForURL(/search=/);
    await page
      .locator("[data-page]", { hasText: `усього записів: ${expected.data.publicDocuments.totalCount}` })
      .waitFor();
    expect(await page.locator("[data-documents] li > a").allTextContents()).toEqual(titles(expected));
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "documents-search-phone");

    const decisions = (await portal.city.query(SEARCH, { filter: { kind: "DECISION" }, first: 10 })).body;
    await page.getByLabel("Слова в назві чи змісті").fill("");
    await page.getByLabel("Вид документа").selectOption("DECISION");
    await page.getByRole("button", { name: "Шукати" }).click();
    await page
      .locator("[data-page]", { hasText: `усього записів: ${decisions.data.publicDocuments.totalCount}` })
      .waitFor();
    expect(await page.locator("[data-documents] li > a").allTextContents()).toEqual(titles(decisions));

    await page.goto(`${portal.city.base}/#/documents?search=zzzqqqxxx`);
    await page.locator(".state-empty").waitFor();
    expect(await page.locator(".state-empty").textContent()).toBe(
      "Документів за цим запитом не знайдено. Спробуйте інші слова.",
    );
    await page.close();
  });

  it("opens a decision and downloads its file through /files", async () => {
    const decisions = (await portal.city.query(SEARCH, { filter: { kind: "DECISION" }, first: 1 })).body;
    const { id, title } = decisions.data.publicDocuments.edges[0].node;
    const [{ department_id: department }] = await portal.city.db.query<{ department_id: number }>(
      "SELECT department_id FROM documents.document WHERE id = $1",
      [id],
    );
    const [{ id: staffId }] = await portal.city.db.query<{ id: number }>(
      "SELECT id FROM documents.staff WHERE department_id = $1 AND roles && ARRAY['clerk','manager'] ORDER BY id LIMIT 1",
      [department],
    );
    const clerk = await staffHeaders(String(staffId), String(department), "clerk");
    const bytes = Buffer.from("%PDF-1.4\n% рішення ради\n");
    const upload = await fetch(`${portal.city.base}/files/documents/${id}`, {
      method: "POST",
      headers: { ...clerk, "content-type": "application/pdf", "x-file-name": encodeURIComponent("рішення.pdf") },
      body: bytes,
    });
    expect(upload.status).toBe(201);

    const page = await portal.open(`#/documents/${id}`);
    await page.locator(`[data-document="${id}"]`).waitFor();
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(title);
    const link = page.locator("[data-files] a");
    expect(await link.textContent()).toBe("рішення.pdf");
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(download.suggestedFilename()).toBe("рішення.pdf");
    const saved = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of saved) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks)).toEqual(bytes);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "document-detail");
    expect(pageProblems(page)).toEqual([]);

    await page.goto(`${portal.city.base}/#/documents/999999`);
    await page.getByRole("heading", { name: "Документ недоступний" }).waitFor();
    await page.close();
  });
});
