// What the comparison gateways (Hive Gateway, stock Apollo) need to reach our subgraphs: the
// caller's identity from the same HS256 token our gateway accepts, and the identity envelope signed
// with the project's own envelope module (dist/), so the subgraphs treat them as our gateway.
import { createRequire } from "node:module";
import path from "node:path";
import { jwtVerify } from "jose";

const require = createRequire(import.meta.url);
const dist = path.resolve(import.meta.dirname, "../../dist");
const { bodyHash, signEnvelope } = require(`${dist}/subgraphs/common/envelope.js`);
const { ANONYMOUS } = require(`${dist}/subgraphs/common/identity.js`);

// Read when used: the bench sets them in its own environment after importing this module.
const jwtSecret = () => new TextEncoder().encode(process.env.JWT_SECRET ?? "");

/** The caller of `authorization` ("Bearer <jwt>"), anonymous without one; throws on a bad token. */
export async function identityOf(authorization) {
  if (!authorization) return ANONYMOUS;
  const { payload } = await jwtVerify(authorization.replace(/^Bearer\s+/i, ""), jwtSecret(), { algorithms: ["HS256"] });
  return { sub: payload.sub, roles: payload.roles ?? [], departmentId: payload.departmentId ?? null };
}

/** The envelope headers for one POST of `body` to subgraph `target` at `url`. */
export function signedHeaders(identity, target, url, body) {
  const request = { method: "POST", target, path: new URL(url).pathname, bodySha256: bodyHash(body ?? "") };
  return signEnvelope(identity, "bench", process.env.IDENTITY_SECRET ?? "", request);
}

/** Subgraph name by URL, from SUBGRAPH_URLS ({"documents":"http://…/graphql",…}). */
export function subgraphUrls() {
  return JSON.parse(process.env.SUBGRAPH_URLS ?? "{}");
}
