import { get } from "node:http";
import { gunzipSync } from "node:zlib";
import { postGraphQL, startGateway } from "../helpers/city";
import { contractOperation } from "../helpers/contract";
import { restartSubgraph, stopSubgraph } from "../helpers/outage";
import {
  pageProblems,
  screenshot,
  seriousViolations,
  startPortalCity,
  type PortalCity,
} from "../helpers/portal-browser";

/** The bytes as sent, not decompressed (fetch would decompress them). */
const rawGet = (url: string) =>
  new Promise<{ encoding?: string; bytes: Buffer }>((resolve, reject) =>
    get(url, { headers: { "accept-encoding": "gzip" } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ encoding: res.headers["content-encoding"], bytes: Buffer.concat(chunks) }));
    }).on("error", reject),
  );

/**
 * The portal's front page in chromium, served by the gateway at `/`, beside GraphiQL on /graphql,
 * by a gateway that runs only persisted documents for anonymous callers (ANONYMOUS_DOCUMENTS=persisted).
 */
describe("the portal's front page", () => {
  let portal: PortalCity;
  beforeAll(async () => {
    // As a city that publishes only its persisted documents to anonymous callers runs it: the portal sends ids.
    portal = await startPortalCity({ env: { ANONYMOUS_DOCUMENTS: "persisted" } });
  });
  afterAll(() => portal?.stop());

  it("is served at / with its hashed assets, gzip, content types and caching; GraphiQL stays on /graphql", async () => {
    const { base } = portal.city;
    const page = await fetch(`${base}/`, { headers: { "accept-encoding": "gzip" } });
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(page.headers.get("cache-control")).toBe("no-cache");
    expect(page.headers.get("content-security-policy")).toContain("default-src 'self'");
    const html = await page.text();
    // Revalidated by its ETag: the same build answers 304 without a body.
    const again = await fetch(`${base}/`, { headers: { "if-none-match": page.headers.get("etag")! } });
    expect([again.status, await again.text()]).toEqual([304, ""]);
    const [script] = html.match(/\/assets\/app-[A-Z0-9]+\.js/)!;
    const [styles] = html.match(/\/assets\/styles-[A-Z0-9]+\.css/)!;
    const js = await fetch(`${base}${script}`, { headers: { "accept-encoding": "gzip" } });
    expect([js.status, js.headers.get("content-type"), js.headers.get("cache-control")]).toEqual([
      200,
      "text/javascript; charset=utf-8",
      "public, max-age=31536000, immutable",
    ]);
    const css = await fetch(`${base}${styles}`);
    expect(css.headers.get("content-type")).toBe("text/css; charset=utf-8");
    // The first page's JavaScript, compressed as the gateway sends it, stays under 150 KB.
    const raw = await rawGet(`${base}${script}`);
    expect(raw.encoding).toBe("gzip");
    expect(raw.bytes.length).toBeLessThan(150 * 1024);
    expect(gunzipSync(raw.bytes).toString()).toBe(await js.text());
    expect((await fetch(`${base}/assets/app-NOPE.js`)).status).toBe(404);
    expect((await fetch(`${base}/assets/..%2Fpackage.json`)).status).toBe(404);
    const graphiql = await fetch(`${base}/graphql`, { headers: { accept: "text/html" } });
    expect(graphiql.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await graphiql.text()).toContain("e-Misto GraphQL");
    // A gateway whose portal was never built answers / with 404 and serves the graph as before.
    const unbuilt = await startGateway(portal.city, { PORTAL_DIR: "/nonexistent/portal" });
    try {
      const origin = new URL(unbuilt.url).origin;
      expect((await fetch(`${origin}/`)).status).toBe(404);
      expect((await postGraphQL(unbuilt.url, "{ budgetYears }")).status).toBe(200);
    } finally {
      await unbuilt.stop();
    }
  });

  it("shows active tenders, open competitions, the year's budget and the latest decisions as the graph gives them", async () => {
    const year = new Date().getFullYear();
    const { body } = await portal.city.query(contractOperation("portal", "PortalHome"), { year });
    const other = await portal.city.query("{ budgetYears }");
    expect(other.body.errors!.map((e: any) => e.extensions.code)).toEqual(["PERSISTED_DOCUMENT_REQUIRED"]);
    const page = await portal.open("");
    await page.getByRole("heading", { name: "Активні закупівлі" }).waitFor();
    const tenders = page.locator("[data-part=home-tenders] li a");
    await tenders.first().waitFor();
    expect(await tenders.allTextContents()).toEqual(body.data.activeTenders.edges.map((e: any) => e.node.title));
    const decisions = page.locator("[data-part=home-decisions] li a");
    expect(await decisions.allTextContents()).toEqual(
      body.data.latestDecisions.edges.map((e: any) => e.node.title ?? e.node.registrationNumber),
    );
    const competitions = page.locator("[data-part=home-competitions] li");
    expect(await competitions.count()).toBe(body.data.openCompetitions.edges.length);
    const executed = Number(body.data.budget.totals.executed).toLocaleString("uk-UA", { minimumFractionDigits: 2 });
    expect(await page.locator("[data-part=home-budget] [data-figure=executed]").textContent()).toBe(`${executed} грн`);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "home-desktop");
    expect(pageProblems(page)).toEqual([]);
    await page.close();
  });

  it("asks for its data by persisted document ids, never sending a document's text", async () => {
    const page = await (await portal.browser.newContext()).newPage();
    const sent: Record<string, unknown>[] = [];
    page.on("request", (r) => void (r.url().endsWith("/graphql") && sent.push(JSON.parse(r.postData() ?? "{}"))));
    await page.goto(`${portal.city.base}/`);
    await page.getByRole("heading", { name: "Активні закупівлі" }).waitFor();
    expect(sent.length).toBeGreaterThan(0);
    expect(
      sent.map((body) => [body.operationName, "query" in body, (body.extensions as any).persistedQuery.version]),
    ).toEqual(sent.map((body) => [body.operationName, false, 1]));
    await page.close();
  });

  it("works on a phone with the keyboard: a skip link, then the navigation, with visible focus", async () => {
    const page = await portal.open("", "phone");
    await page.locator("[data-part=home-tenders] li").first().waitFor();
    await page.keyboard.press("Tab");
    expect(await page.evaluate("document.activeElement?.textContent")).toBe("Перейти до змісту");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect(await page.evaluate("document.activeElement?.textContent")).toBe("Головна");
    const outline = await page.evaluate("getComputedStyle(document.activeElement).outlineStyle");
    expect(outline).toBe("solid");
    expect(await page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "home-phone");
    await page.close();
  });

  it("answers an address it does not know with a page that says so and links home", async () => {
    const page = await portal.open("#/no-such-page", "phone");
    await page.getByRole("heading", { name: "Сторінку не знайдено" }).waitFor();
    expect(await page.title()).toBe("Сторінку не знайдено — е-Місто");
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("link", { name: "головну" }).click();
    await page.locator("[data-part=home-tenders]").waitFor();
    await page.close();
  });

  it("says so on every part when the graph cannot be reached at all", async () => {
    const page = await portal.open("#/", "phone");
    await page.route("**/graphql", (route) => route.abort("connectionrefused"));
    await page.reload();
    const alerts = page.locator("[role=alert]");
    await alerts.first().waitFor();
    expect(await alerts.allTextContents()).toEqual(
      Array(4).fill("Не вдалося зв'язатися із сервером міста. Перевірте з'єднання і спробуйте ще раз."),
    );
    await screenshot(page, "home-graph-unreachable");
    await page.close();
  });

  it("shows tenders without their departments' names while documents is down, and says so", async () => {
    await stopSubgraph(portal.city, "documents");
    try {
      const page = await portal.open("");
      await page.locator("[data-part=home-decisions] [role=alert]").waitFor();
      const tenders = page.locator("[data-part=home-tenders]");
      expect(await tenders.locator("li").count()).toBe(10);
      expect(await tenders.locator("[role=status]").textContent()).toBe(
        "Деякі відомості тут зараз недоступні: служба, що їх надає, не відповідає.",
      );
      expect(await page.locator("[data-part=home-budget] [data-figure=executed]").count()).toBe(1);
      await screenshot(page, "home-documents-down");
      await page.close();
    } finally {
      await restartSubgraph(portal.city, "documents");
    }
  });

  it("keeps the other parts when the budget subgraph is down, and says what is missing", async () => {
    await stopSubgraph(portal.city, "budget");
    try {
      const page = await portal.open("");
      const alert = page.locator("[data-part=home-budget] [role=alert]");
      await alert.waitFor();
      expect(await alert.textContent()).toBe(
        "Ця частина зараз недоступна: служба, що її надає, не відповідає. Решта порталу працює; спробуйте за кілька секунд.",
      );
      expect(await page.locator("[data-part=home-tenders] li").count()).toBeGreaterThan(0);
      expect(await page.locator("[data-part=home-decisions] [role=alert]").count()).toBe(0);
      await screenshot(page, "home-budget-down");
      await page.close();
    } finally {
      await restartSubgraph(portal.city, "budget");
    }
  });
});
