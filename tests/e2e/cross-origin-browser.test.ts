import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import type { Browser } from "playwright-core";
import { launchChromium } from "../helpers/chromium";
import { startCity, startGateway, type City } from "../helpers/city";
import { startRecordingProxy, type Recorded } from "../helpers/recording-proxy";
import { staffHeaders } from "../helpers/tokens";

/** The README's browser example for frontend teams, as a portal team copies it. */
function readmeFetch(): string {
  const readme = readFileSync(path.resolve(__dirname, "../../README.md"), "utf8");
  const section = readme.slice(readme.indexOf("### For frontend teams\n"));
  return /```js\n([\s\S]*?)```/.exec(section)![1];
}

/** A page of a portal on its own origin (another port of this host): blank, it only runs the example. */
async function portalOrigin(): Promise<{ origin: string; server: Server }> {
  const server = createServer((_req, res) =>
    res.writeHead(200, { "content-type": "text/html" }).end("<!doctype html>"),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/**
 * The README's cross-origin fetch, run by Chromium on a page of another origin against a gateway
 * whose CORS_ORIGINS lists it: the browser sends its own preflight, then the POST, and the page
 * reads the answer; from an origin not listed the browser keeps the answer from the page.
 */
describe("a portal on another origin, in a real browser", () => {
  let city: City;
  let browser: Browser;
  let listed: Awaited<ReturnType<typeof portalOrigin>>;
  let other: Awaited<ReturnType<typeof portalOrigin>>;
  let gateway: Awaited<ReturnType<typeof startGateway>>;
  let proxy: Awaited<ReturnType<typeof startRecordingProxy>>;
  beforeAll(async () => {
    city = await startCity();
    [listed, other] = [await portalOrigin(), await portalOrigin()];
    gateway = await startGateway(city, { CORS_ORIGINS: listed.origin });
    proxy = await startRecordingProxy(gateway.url);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await proxy?.stop();
    await gateway?.stop();
    for (const s of [listed?.server, other?.server]) s?.close();
    await city?.stop();
  });

  /** Runs the README's example on a page of `origin`, with `extraHeaders` added to its request. */
  async function runExample(origin: string, extraHeaders: Record<string, string> = {}) {
    const page = await browser.newPage();
    try {
      await page.goto(origin);
      const code = readmeFetch()
        .replace("https://graph.zhytomyr.ua/graphql", proxy.url)
        .replace('"accept-language": "uk" }', `"accept-language": "uk", ...${JSON.stringify(extraHeaders)} }`);
      return await page.evaluate(
        `(async () => { try { ${code}; return { data, errors }; } catch (e) { return { failed: String(e) }; } })()`,
      );
    } finally {
      await page.close();
    }
  }
  const exchange = (r: Recorded) => ({
    method: r.method,
    origin: r.headers.origin,
    requested: r.headers["access-control-request-method"],
    requestedHeaders: r.headers["access-control-request-headers"],
  });

  it("lets the page read the answer after the browser's own preflight", async () => {
    proxy.recorded.length = 0;
    const answer = await runExample(listed.origin);
    expect(answer).toEqual({ data: { departmentByCode: { id: "6", name: expect.any(String) } } });
    expect(proxy.recorded.map(exchange)).toEqual([
      { method: "OPTIONS", origin: listed.origin, requested: "POST", requestedHeaders: "content-type" },
      { method: "POST", origin: listed.origin, requested: undefined, requestedHeaders: undefined },
    ]);
  });

  it("lets a staff tool send its token the same way", async () => {
    proxy.recorded.length = 0;
    const answer = await runExample(listed.origin, await staffHeaders("12", "7", "analyst"));
    expect(answer).toEqual({ data: { departmentByCode: { id: "6", name: expect.any(String) } } });
    expect(proxy.recorded.map(exchange)[0]).toEqual({
      method: "OPTIONS",
      origin: listed.origin,
      requested: "POST",
      requestedHeaders: "authorization,content-type",
    });
  });

  it("keeps the answer from a page of an origin CORS_ORIGINS does not list", async () => {
    proxy.recorded.length = 0;
    expect(await runExample(other.origin)).toEqual({ failed: "TypeError: Failed to fetch" });
    expect(proxy.recorded.map((r) => r.method)).toEqual(["OPTIONS"]);
  });
});
