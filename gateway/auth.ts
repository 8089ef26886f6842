import type { IncomingMessage } from "node:http";
import { GraphQLError } from "graphql";
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from "jose";
import { ANONYMOUS, MAX_ROW_ID, ROLES, rowIdOf, type Identity, type Role } from "../subgraphs/common/identity";
import type { AuthConfig } from "./config";

/** The caller's identity from `Authorization: Bearer <JWT>`; no header means anonymous. */
export type Identify = (req: IncomingMessage) => Promise<Identity>;

const unauthenticated = (message: string) =>
  new GraphQLError(message, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });

/** How far the issuer's clock may be from the gateway's, for `exp`, `nbf` and `iat`. */
export const CLOCK_SKEW_SECONDS = 30;
/** The longest `sub` accepted: identity providers' subjects are ids, not documents. */
export const MAX_SUBJECT_LENGTH = 255;

/**
 * Verifies tokens with jose: HS256 with JWT_SECRET, or the keys of JWKS_URL (RS256/ES256/EdDSA)
 * when set. `sub` and `exp` are required; `exp` at most `maxLifetimeSeconds` after `iat` (or
 * now, without `iat`); `iat` not in the future; ids that become SQL `integer`s in range; `roles`
 * from the known list. A bad token is never downgraded to anonymous: it is refused with
 * UNAUTHENTICATED, naming the claim that is wrong.
 */
export function createIdentify(config: AuthConfig): Identify {
  const secret = new TextEncoder().encode(config.jwtSecret);
  const jwks: JWTVerifyGetKey | undefined = config.jwksUrl ? createRemoteJWKSet(new URL(config.jwksUrl)) : undefined;
  const options = {
    algorithms: jwks ? ["RS256", "ES256", "EdDSA"] : ["HS256"],
    requiredClaims: ["sub", "exp"],
    issuer: config.issuer,
    audience: config.audience,
    clockTolerance: CLOCK_SKEW_SECONDS,
  };
  return async (req) => {
    const header = req.headers.authorization;
    if (!header) return ANONYMOUS;
    const match = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)$/.exec(header);
    if (!match) throw unauthenticated("Authorization must be 'Bearer <JWT>'");
    let payload: JWTPayload;
    try {
      ({ payload } = jwks ? await jwtVerify(match[1], jwks, options) : await jwtVerify(match[1], secret, options));
    } catch (err) {
      if (err instanceof errors.JWTExpired) throw unauthenticated("Token has expired; sign in again");
      if (err instanceof errors.JOSEError) throw unauthenticated(`Token is not valid: ${err.message}`);
      throw err;
    }
    checkTimes(payload, config.maxLifetimeSeconds);
    return identityOf(payload);
  };
}

/** `iat` and the lifetime; jose has checked that `exp` is a number in the future, `iat` a number if present. */
function checkTimes(payload: JWTPayload, maxLifetimeSeconds: number): void {
  const now = Math.floor(Date.now() / 1000);
  if (payload.iat !== undefined && payload.iat > now + CLOCK_SKEW_SECONDS) {
    throw unauthenticated(
      `Token claim iat is in the future (more than ${CLOCK_SKEW_SECONDS} s ahead of the gateway's clock); check the issuer's clock`,
    );
  }
  const lifetime = payload.exp! - (payload.iat ?? now);
  if (lifetime > maxLifetimeSeconds) {
    throw unauthenticated(
      `Token claim exp is too far ahead: a token may be valid for at most ${maxLifetimeSeconds} s, this one for ${lifetime} s`,
    );
  }
}

/** Checks the e-Misto claims of a verified token. */
function identityOf(payload: JWTPayload): Identity {
  const { sub } = payload;
  if (typeof sub !== "string" || sub.trim() === "" || sub.length > MAX_SUBJECT_LENGTH) {
    throw unauthenticated(`Token claim sub must be a non-empty string of at most ${MAX_SUBJECT_LENGTH} characters`);
  }
  const roles = payload.roles ?? [];
  if (!Array.isArray(roles) || !roles.every((r) => (ROLES as readonly unknown[]).includes(r))) {
    throw unauthenticated(`Token claim roles must be a list of ${ROLES.join(", ")}`);
  }
  // Staff tokens carry the Staff id as sub (Viewer.staffId); digits out of range would fail inside SQL.
  if (roles.some((r) => r !== "citizen") && /^\d+$/.test(sub) && rowIdOf(sub) === null) {
    throw unauthenticated(`Token claim sub of a member of staff must be a Staff id from 1 to ${MAX_ROW_ID}`);
  }
  const departmentId = payload.departmentId;
  if (departmentId !== undefined && departmentId !== null && rowIdOf(String(departmentId)) === null) {
    throw unauthenticated(`Token claim departmentId must be a department id from 1 to ${MAX_ROW_ID}`);
  }
  return { sub, roles: roles as Role[], departmentId: departmentId == null ? null : String(departmentId) };
}
