import cors from "cors";
import type { RequestHandler } from "express";
import { ConfigError } from "../subgraphs/common/env";

/**
 * Which other origins' pages may call the graph from a browser: exact origins (CORS_ORIGINS,
 * comma-separated, e.g. "https://portal.zhytomyr.ua"), or in development any page served from
 * this machine (http://localhost:<port>, http://127.0.0.1:<port>). Production allows none unless
 * listed; the gateway's own pages (GraphiQL) are same-origin and need none.
 */
export type CorsOrigins = { exact: string[]; localDevelopment: boolean };

/** Parses CORS_ORIGINS: each an origin as browsers send it (scheme, host, port; no path, no "*"). */
export function parseCorsOrigins(value: string | undefined, production: boolean): CorsOrigins {
  const exact = (value ?? "")
    .split(",")
    .map((o) => o.trim())
    .filter(Boolean);
  for (const origin of exact) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.origin !== origin)
      throw new ConfigError(
        `CORS_ORIGINS must list origins such as https://portal.example.org (scheme and host, no path or "*"), got "${origin}"`,
      );
  }
  return { exact, localDevelopment: !production && value === undefined };
}

const LOCAL = /^http:\/\/(localhost|127\.0\.0\.1)(:\d{1,5})?$/;

/**
 * The CORS answer for browsers on the allowed origins: preflights answered (cached 10 minutes),
 * the headers a client sends allowed, among them those Apollo's CSRF prevention asks of a
 * non-JSON request (`apollo-require-preflight`, `x-apollo-operation-name`); no cookies
 * (`credentials` off: staff tools send a bearer token, never a cookie). A refused origin gets no
 * `Access-Control-Allow-*` header, so its browser keeps the answer from the page. `Vary: Origin`
 * always, so a shared cache never serves one origin's answer to another.
 */
export function corsHandler(origins: CorsOrigins): RequestHandler {
  const handle = cors({
    origin: (origin, callback) =>
      callback(
        null,
        origin !== undefined && (origins.exact.includes(origin) || (origins.localDevelopment && LOCAL.test(origin))),
      ),
    methods: ["GET", "POST"],
    allowedHeaders: [
      "content-type",
      "authorization",
      "accept-language",
      "apollo-require-preflight",
      "x-apollo-operation-name",
      "x-request-id",
    ],
    exposedHeaders: ["x-request-id", "retry-after"],
    credentials: false,
    maxAge: 600,
  });
  return (req, res, next) => {
    res.vary("Origin");
    handle(req, res, next);
  };
}
