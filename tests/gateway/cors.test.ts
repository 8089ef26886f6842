import pino from "pino";
import { createGateway } from "../../gateway";
import { loadGatewayConfig } from "../../gateway/config";
import { parseCorsOrigins } from "../../gateway/cors";
import { closeServer, listen } from "../../subgraphs/common/http";
import { startCity, type City } from "../helpers/city";

const PORTAL = "https://portal.zhytomyr.ua";

/** What a browser sends before a cross-origin POST with JSON and a bearer token. */
const preflight = (url: string, origin: string) =>
  fetch(url, {
    method: "OPTIONS",
    headers: {
      origin,
      "access-control-request-method": "POST",
      "access-control-request-headers": "content-type,authorization,accept-language",
    },
  });

const corsHeaders = (response: Response) =>
  Object.fromEntries([...response.headers.entries()].filter(([name]) => /^access-control-|^vary$/.test(name)));

/**
 * A portal on another origin calls the graph from the browser: the preflight is answered for the
 * origins CORS_ORIGINS lists, the POST that follows carries the allow header, and any other origin
 * gets no Access-Control-Allow-* header at all, so its browser keeps the answer from the page.
 */
describe("CORS for portals on other origins", () => {
  let city: City;
  beforeAll(async () => {
    city = await startCity({ env: { CORS_ORIGINS: `${PORTAL},https://dashboards.zhytomyr.ua` } });
  });
  afterAll(() => city?.stop());

  it("answers a listed origin's preflight, then its POST, as a browser needs", async () => {
    const answer = await preflight(city.url, PORTAL);
    expect([answer.status, corsHeaders(answer)]).toEqual([
      204,
      {
        "access-control-allow-origin": PORTAL,
        "access-control-allow-methods": "GET,POST",
        "access-control-allow-headers":
          "content-type,authorization,accept-language,apollo-require-preflight,x-apollo-operation-name,x-request-id",
        "access-control-max-age": "600",
        "access-control-expose-headers": "x-request-id,retry-after",
        vary: "Origin",
      },
    ]);
    const post = await fetch(city.url, {
      method: "POST",
      headers: { origin: PORTAL, "content-type": "application/json" },
      body: JSON.stringify({ query: '{ departmentByCode(code: "12") { id } }' }),
    });
    expect(corsHeaders(post)).toEqual({
      "access-control-allow-origin": PORTAL,
      "access-control-expose-headers": "x-request-id,retry-after",
      vary: "Origin, Authorization",
    });
    expect(await post.json()).toEqual({ data: { departmentByCode: { id: "6" } } });
  });

  it("gives an origin not on the list, or one that only looks like it, no allow header", async () => {
    for (const origin of [
      "https://evil.example",
      "https://portal.zhytomyr.ua.evil.example",
      "http://portal.zhytomyr.ua",
      "http://localhost:5173",
    ]) {
      const answer = await preflight(city.url, origin);
      expect({
        origin,
        allow: answer.headers.get("access-control-allow-origin"),
        vary: answer.headers.get("vary"),
      }).toEqual({
        origin,
        allow: null,
        vary: "Origin",
      });
    }
  });

  it("allows pages on this machine in development when no list is set, and none in production", async () => {
    const config = loadGatewayConfig({ NODE_ENV: "development" });
    const gateway = await createGateway(config, pino({ level: "silent" }));
    const { server, port } = await listen(gateway.app, 0, "127.0.0.1", "gateway");
    try {
      const url = `http://127.0.0.1:${port}/graphql`;
      expect((await preflight(url, "http://localhost:5173")).headers.get("access-control-allow-origin")).toBe(
        "http://localhost:5173",
      );
      expect((await preflight(url, PORTAL)).headers.get("access-control-allow-origin")).toBeNull();
    } finally {
      await closeServer(server);
      await gateway.stop();
    }
    expect(parseCorsOrigins(undefined, true)).toEqual({ exact: [], localDevelopment: false });
    expect(parseCorsOrigins(PORTAL, false)).toEqual({ exact: [PORTAL], localDevelopment: false });
  });

  it("refuses a setting that is not a list of origins, naming it", () => {
    for (const bad of ["*", "portal.zhytomyr.ua", "https://portal.zhytomyr.ua/", "ftp://x.example"]) {
      expect(() => parseCorsOrigins(bad, true)).toThrow(
        `CORS_ORIGINS must list origins such as https://portal.example.org (scheme and host, no path or "*"), got "${bad}"`,
      );
    }
  });
});
