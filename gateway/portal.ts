import { Router, type Request, type Response } from "express";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Logger } from "pino";

/**
 * The citizens' portal as `npm run build` leaves it (PORTAL_DIR, dist/portal): `GET /` is its
 * page (revalidated on every load by its ETag, so a new build shows at once), `GET /assets/<name>-<hash>.<ext>` its
 * content-hashed script and stylesheet (kept a year, immutable), gzip-compressed for browsers
 * that accept it. Only files the build made are served, never a path a request names. The page
 * loads nothing from another origin (its Content-Security-Policy says so) and calls the graph on
 * this origin, so it needs no CORS.
 */
const TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".html": "text/html; charset=utf-8",
};

const POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join("; ");

interface Asset {
  body: Buffer;
  gzip: Buffer;
  type: string;
  /** The content's hash, for ETag (with "-gz" for the compressed bytes). */
  tag: string;
}

function load(file: string): Asset {
  const body = readFileSync(file);
  const tag = createHash("sha256").update(body).digest("base64url").slice(0, 22);
  return { body, gzip: readFileSync(`${file}.gz`), type: TYPES[path.extname(file)], tag };
}

/** The asset, gzip-compressed when the browser accepts it; 304 when the browser has these very bytes. */
function send(req: Request, res: Response, asset: Asset, cacheControl: string): void {
  const gzip = /\bgzip\b/.test(req.headers["accept-encoding"] ?? "");
  const etag = `"${asset.tag}${gzip ? "-gz" : ""}"`;
  res.setHeader("cache-control", cacheControl);
  res.setHeader("etag", etag);
  res.setHeader("x-content-type-options", "nosniff");
  res.vary("Accept-Encoding");
  if (req.headers["if-none-match"] === etag) return void res.status(304).end();
  res.setHeader("content-type", asset.type);
  if (gzip) res.setHeader("content-encoding", "gzip");
  res.end(gzip ? asset.gzip : asset.body);
}

/** The portal's routes, or none (with a warning) when the portal has not been built into `dir`. */
export function portalRouter(dir: string, log: Logger): Router {
  const router = Router();
  const index = path.join(dir, "index.html");
  if (!existsSync(index)) {
    log.warn({ dir }, "the portal is not built (npm run build): GET / answers 404");
    return router;
  }
  const page = load(index);
  const assets = new Map(
    readdirSync(path.join(dir, "assets"))
      .filter((name) => TYPES[path.extname(name)])
      .map((name) => [name, load(path.join(dir, "assets", name))]),
  );
  router.get("/", (req, res) => {
    res.setHeader("content-security-policy", POLICY);
    res.setHeader("referrer-policy", "same-origin");
    send(req, res, page, "no-cache");
  });
  router.get("/assets/:file", (req, res, next) => {
    const asset = assets.get(req.params.file);
    if (!asset) return next();
    send(req, res, asset, "public, max-age=31536000, immutable");
  });
  return router;
}
