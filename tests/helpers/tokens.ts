import { SignJWT } from "jose";
import { DEV_JWT_SECRET } from "../../gateway/config";

/** Signs a test token the way an identity provider would (HS256 with the dev secret by default). */
export function signToken(
  claims: Record<string, unknown>,
  options: { sub?: string; exp?: string | number; secret?: string } = {},
): Promise<string> {
  const jwt = new SignJWT(claims)
    .setProtectedHeader({ alg: "HS256" })
    .setIssuedAt()
    .setExpirationTime(options.exp ?? "1h");
  if (options.sub !== undefined) jwt.setSubject(options.sub);
  return jwt.sign(new TextEncoder().encode(options.secret ?? DEV_JWT_SECRET));
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** An analyst of the finance department (demo staff 12): may read statistics, not appeals. */
export const analystHeaders = async () =>
  bearer(await signToken({ roles: ["analyst"], departmentId: "7" }, { sub: "12" }));

/** Headers of a member of staff: Staff id as subject, a department and roles. */
export const staffHeaders = (sub: string, departmentId: string, ...roles: string[]) =>
  signToken({ roles, departmentId }, { sub }).then(bearer);
