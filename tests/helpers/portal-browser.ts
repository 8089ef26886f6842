import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { buildPortal } from "../../scripts/build-portal";
import { chromiumPath, launchChromium } from "./chromium";
import { startCity, type City, type CityOptions } from "./city";

/**
 * The portal in a real browser: the portal built from source into a folder of its own, the city
 * with its gateway serving that build, and Debian's chromium (chromium.ts)
 * driven by playwright-core. One browser per test file; each test opens pages on it.
 */
export interface PortalCity {
  city: City;
  browser: Browser;
  /** A fresh page (a phone's or a desktop's viewport) at `route` (e.g. "#/tenders"). */
  open(route?: string, viewport?: "phone" | "desktop"): Promise<Page>;
  stop(): Promise<void>;
}

const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };
const SCREENSHOTS = path.resolve(__dirname, "../../test-results/portal");

export async function startPortalCity(options: CityOptions = {}): Promise<PortalCity> {
  chromiumPath(); // fails first, naming what to install, when there is no browser
  const outDir = mkdtempSync(path.join(tmpdir(), "e-misto-portal-"));
  await buildPortal(outDir);
  const city = await startCity({ ...options, env: { PORTAL_DIR: outDir, ...options.env } });
  const browser = await launchChromium().catch(async (err: Error) => {
    await city.stop();
    rmSync(outDir, { recursive: true, force: true });
    throw err;
  });
  return {
    city,
    browser,
    async open(route = "", viewport = "desktop") {
      const context = await browser.newContext({ viewport: VIEWPORTS[viewport], locale: "uk-UA" });
      const page = await context.newPage();
      const seen: string[] = [];
      problems.set(page, seen);
      page.on("pageerror", (err) => seen.push(`uncaught: ${err.message}`));
      page.on("console", (message) => {
        if (/Content.Security.Policy/i.test(message.text())) seen.push(`policy: ${message.text()}`);
      });
      await page.goto(`${city.base}/${route}`);
      return page;
    },
    async stop() {
      await browser.close();
      await city.stop();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

const problems = new WeakMap<Page, string[]>();

/** What went wrong in a page opened by `open`: uncaught exceptions and what its Content-Security-Policy refused. */
export const pageProblems = (page: Page): string[] => problems.get(page) ?? [];

/** A screenshot of the whole page under test-results/portal/<name>.png (gitignored), on every run. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** axe-core's serious and critical violations on the page as it stands (WCAG 2 A/AA rules and best practice). */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated rather than added as a <script>: the portal's Content-Security-Policy refuses inline scripts.
  await page.evaluate(readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"));
  // A string, evaluated in the page (these tests are compiled without the DOM's types).
  const violations = (await page.evaluate("axe.run().then((result) => result.violations)")) as any[];
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n: any) => n.target.join(" ")) }));
}

/**
 * Starts recording, in the page, every state of a paged list the page shows: its page number (`[data-page]`)
 * and its rows' texts (`rows`), once per change. The recording tells a page that ever showed one page's rows
 * under another page's number, however briefly (a MutationObserver sees each render before the next task).
 */
export async function recordPages(page: Page, rows: string): Promise<() => Promise<[string, string[]][]>> {
  await page.evaluate(`(() => {
    const seen = (window.__pagesSeen = []);
    const note = () => {
      const number = document.querySelector("[data-page]")?.getAttribute("data-page");
      if (!number) return;
      const texts = [...document.querySelectorAll(${JSON.stringify(rows)})].map((row) => row.textContent);
      const last = seen[seen.length - 1];
      if (!last || last[0] !== number || JSON.stringify(last[1]) !== JSON.stringify(texts)) seen.push([number, texts]);
    };
    new MutationObserver(note).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  })()`);
  return async () => (await page.evaluate("window.__pagesSeen")) as [string, string[]][];
}
