import { createServer, type Server } from "node:http";
import { exportJWK, generateKeyPair, SignJWT, type KeyLike } from "jose";
import { postGraphQL, startCity, startGateway, type City } from "../helpers/city";
import { bearer, signToken } from "../helpers/tokens";

/** With JWKS_URL the gateway trusts an identity provider's keys instead of a shared secret. */
describe("tokens verified with a JWKS", () => {
  let city: City;
  let jwks: Server;
  let gateway: { url: string; stop(): Promise<void> };
  let privateKey: KeyLike;
  beforeAll(async () => {
    city = await startCity();
    const pair = await generateKeyPair("RS256");
    privateKey = pair.privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: "city-idp-1", alg: "RS256", use: "sig" };
    jwks = createServer((_req, res) =>
      res.setHeader("content-type", "application/json").end(JSON.stringify({ keys: [jwk] })),
    );
    await new Promise<void>((r) => jwks.listen(0, "127.0.0.1", r));
    gateway = await startGateway(city, {
      JWKS_URL: `http://127.0.0.1:${(jwks.address() as { port: number }).port}/jwks.json`,
      JWT_ISSUER: "https://idp.city.example",
    });
  });
  afterAll(async () => {
    await gateway?.stop();
    await new Promise((r) => jwks?.close(r));
    await city?.stop();
  });

  const VIEWER = "{ viewer { authenticated roles staff { fullName } } }";
  const rs256 = (claims: Record<string, unknown>, issuer = "https://idp.city.example") =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: "RS256", kid: "city-idp-1" })
      .setSubject("9")
      .setIssuer(issuer)
      .setIssuedAt()
      .setExpirationTime("10m")
      .sign(privateKey);

  it("accepts a token signed with the provider's key", async () => {
    const { body } = await postGraphQL(
      gateway.url,
      VIEWER,
      undefined,
      bearer(await rs256({ roles: ["manager"], departmentId: "6" })),
    );
    expect(body).toEqual({
      data: { viewer: { authenticated: true, roles: ["MANAGER"], staff: { fullName: "Петро Савченко" } } },
    });
  });

  it("refuses a shared-secret token and a token from another issuer", async () => {
    const hs = await postGraphQL(
      gateway.url,
      VIEWER,
      undefined,
      bearer(await signToken({ roles: ["admin"] }, { sub: "1" })),
    );
    expect([hs.status, hs.body.errors?.[0].extensions.code]).toEqual([401, "UNAUTHENTICATED"]);
    const other = await postGraphQL(
      gateway.url,
      VIEWER,
      undefined,
      bearer(await rs256({ roles: ["admin"] }, "https://elsewhere.example")),
    );
    expect([other.status, other.body.errors?.[0].message]).toEqual([
      401,
      'Token is not valid: unexpected "iss" claim value',
    ]);
  });
});
