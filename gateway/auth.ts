import type { IncomingMessage } from "node:http";
import { GraphQLError } from "graphql";
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from "jose";
import { ANONYMOUS, ROLES, type Identity, type Role } from "../subgraphs/common/identity";
import type { AuthConfig } from "./config";

/** The caller's identity from `Authorization: Bearer <JWT>`; no header means anonymous. */
export type Identify = (req: IncomingMessage) => Promise<Identity>;

const unauthenticated = (message: string) =>
  new GraphQLError(message, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });

/**
 * Verifies tokens with jose: HS256 with JWT_SECRET, or the keys of JWKS_URL (RS256/ES256/EdDSA)
 * when set. `sub` and `exp` are required, `roles` must come from the known list. A bad token is
 * never downgraded to anonymous: it is refused with UNAUTHENTICATED, saying what is wrong.
 */
export function createIdentify(config: AuthConfig): Identify {
  const secret = new TextEncoder().encode(config.jwtSecret);
  const jwks: JWTVerifyGetKey | undefined = config.jwksUrl ? createRemoteJWKSet(new URL(config.jwksUrl)) : undefined;
  const options = {
    algorithms: jwks ? ["RS256", "ES256", "EdDSA"] : ["HS256"],
    requiredClaims: ["sub", "exp"],
    issuer: config.issuer,
    audience: config.audience,
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
    return identityOf(payload);
  };
}

/** Checks the e-Misto claims of a verified token. */
function identityOf(payload: JWTPayload): Identity {
  const roles = payload.roles ?? [];
  if (!Array.isArray(roles) || !roles.every((r) => (ROLES as readonly unknown[]).includes(r))) {
    throw unauthenticated(`Token claim roles must be a list of ${ROLES.join(", ")}`);
  }
  const departmentId = payload.departmentId;
  if (departmentId !== undefined && departmentId !== null && !/^[1-9]\d*$/.test(String(departmentId))) {
    throw unauthenticated("Token claim departmentId must be a department id");
  }
  return { sub: String(payload.sub), roles: roles as Role[], departmentId: departmentId == null ? null : String(departmentId) };
}
