import { SignJWT } from "jose";
import { DEV_JWT_SECRET, loadGatewayConfig } from "../../gateway/config";
import { postGraphQL, startCity, startGateway, type City } from "../helpers/city";
import { streamDownload } from "../helpers/http-stream";
import { bearer, signToken } from "../helpers/tokens";

const HOUR = 3600;
const YEAR_9999 = Date.UTC(9999, 11, 31, 23, 59, 59) / 1000;
/** One "now" for every token, so a second boundary cannot change a lifetime. */
const NOW = Math.floor(Date.now() / 1000);

/** A token with exactly these claims (no defaults: a missing `iat` stays missing). */
const sign = (claims: Record<string, unknown>) =>
  new SignJWT(claims).setProtectedHeader({ alg: "HS256" }).sign(new TextEncoder().encode(DEV_JWT_SECRET));

const VIEWER = "{ viewer { authenticated roles departmentId } }";

/** The whole answer of a token the gateway refuses, naming the claim. */
const refusal = (message: string | RegExp) => ({
  status: 401,
  body: {
    errors: [
      {
        message: typeof message === "string" ? message : expect.stringMatching(message),
        extensions: { code: "UNAUTHENTICATED" },
      },
    ],
  },
});

/**
 * Tokens the gateway's signature check alone would accept, refused by their claims: an endless or
 * too long lifetime, an `iat` ahead of the clock, an empty or huge `sub`, ids out of SQL range.
 */
describe("token claims", () => {
  let city: City;
  beforeAll(async () => {
    city = await startCity();
  });
  afterAll(() => city?.stop());

  const answer = async (token: string, url = city.url) => {
    const { status, body } = await postGraphQL(url, VIEWER, undefined, bearer(token));
    return { status, body };
  };
  const staff = { roles: ["manager"], departmentId: "6", sub: "9" };

  it.each([
    [
      "exp in the year 9999",
      { ...staff, iat: 1_700_000_000, exp: YEAR_9999 },
      `Token claim exp is too far ahead: a token may be valid for at most 43200 s, this one for ${YEAR_9999 - 1_700_000_000} s`,
    ],
    [
      "exp in the year 9999 without iat",
      { ...staff, exp: YEAR_9999 },
      /^Token claim exp is too far ahead: a token may be valid for at most 43200 s, this one for \d+ s$/,
    ],
    [
      "a lifetime one second over 12 h",
      { ...staff, iat: NOW, exp: NOW + 12 * HOUR + 1 },
      "Token claim exp is too far ahead: a token may be valid for at most 43200 s, this one for 43201 s",
    ],
    [
      "iat a year ahead",
      { ...staff, iat: NOW + 365 * 24 * HOUR, exp: NOW + HOUR },
      "Token claim iat is in the future (more than 30 s ahead of the gateway's clock); check the issuer's clock",
    ],
    [
      "iat a minute ahead",
      { ...staff, iat: NOW + 60, exp: NOW + HOUR },
      "Token claim iat is in the future (more than 30 s ahead of the gateway's clock); check the issuer's clock",
    ],
    [
      "an empty sub",
      { ...staff, sub: "", iat: NOW, exp: NOW + HOUR },
      "Token claim sub must be a non-empty string of at most 255 characters",
    ],
    [
      "a blank sub",
      { ...staff, sub: "   ", iat: NOW, exp: NOW + HOUR },
      "Token claim sub must be a non-empty string of at most 255 characters",
    ],
    [
      "a sub of 256 characters",
      { roles: ["citizen"], sub: "c".repeat(256), iat: NOW, exp: NOW + HOUR },
      "Token claim sub must be a non-empty string of at most 255 characters",
    ],
    [
      "a numeric sub",
      { ...staff, sub: 9, iat: NOW, exp: NOW + HOUR },
      "Token claim sub must be a non-empty string of at most 255 characters",
    ],
    [
      "departmentId 99999999999999999999",
      { ...staff, departmentId: "99999999999999999999", iat: NOW, exp: NOW + HOUR },
      "Token claim departmentId must be a department id from 1 to 2147483647",
    ],
    [
      "departmentId 2147483648",
      { ...staff, departmentId: "2147483648", iat: NOW, exp: NOW + HOUR },
      "Token claim departmentId must be a department id from 1 to 2147483647",
    ],
    [
      "departmentId 0",
      { ...staff, departmentId: 0, iat: NOW, exp: NOW + HOUR },
      "Token claim departmentId must be a department id from 1 to 2147483647",
    ],
    [
      "departmentId 1e21",
      { ...staff, departmentId: 1e21, iat: NOW, exp: NOW + HOUR },
      "Token claim departmentId must be a department id from 1 to 2147483647",
    ],
    [
      "a staff sub out of range",
      { ...staff, sub: "99999999999", iat: NOW, exp: NOW + HOUR },
      "Token claim sub of a member of staff must be a Staff id from 1 to 2147483647",
    ],
    [
      "a staff sub of 0",
      { ...staff, sub: "0", iat: NOW, exp: NOW + HOUR },
      "Token claim sub of a member of staff must be a Staff id from 1 to 2147483647",
    ],
  ])("refuses %s with UNAUTHENTICATED naming the claim", async (_what, claims, message) => {
    expect(await answer(await sign(claims))).toEqual(refusal(message));
  });

  it.each([
    [
      "exactly 12 h",
      { ...staff, iat: NOW, exp: NOW + 12 * HOUR },
      { authenticated: true, roles: ["MANAGER"], departmentId: "6" },
    ],
    ["no iat and 1 h", { ...staff, exp: NOW + HOUR }, { authenticated: true, roles: ["MANAGER"], departmentId: "6" }],
    [
      "iat 20 s ahead (clock skew)",
      { ...staff, iat: NOW + 20, exp: NOW + HOUR },
      { authenticated: true, roles: ["MANAGER"], departmentId: "6" },
    ],
    [
      "departmentId 2147483647",
      { ...staff, departmentId: 2147483647, iat: NOW, exp: NOW + HOUR },
      { authenticated: true, roles: ["MANAGER"], departmentId: "2147483647" },
    ],
    [
      "a citizen whose sub is digits of any length",
      { roles: ["citizen"], sub: "99999999999", iat: NOW, exp: NOW + HOUR },
      { authenticated: true, roles: ["CITIZEN"], departmentId: null },
    ],
    [
      "a staff sub that is no Staff id (an identity provider's)",
      { ...staff, sub: "b7c6e1f0-idp", iat: NOW, exp: NOW + HOUR },
      { authenticated: true, roles: ["MANAGER"], departmentId: "6" },
    ],
  ])("accepts %s", async (_what, claims, viewer) => {
    expect(await answer(await sign(claims))).toEqual({ status: 200, body: { data: { viewer } } });
  });

  it("refuses the same tokens on /files", async () => {
    const got = await streamDownload(
      `${city.base}/files/documents/11/versions/1`,
      bearer(await sign({ ...staff, iat: NOW, exp: YEAR_9999 })),
    );
    expect([got.status, JSON.parse(got.text)]).toEqual([
      401,
      {
        errors: [
          {
            message: `Token claim exp is too far ahead: a token may be valid for at most 43200 s, this one for ${YEAR_9999 - NOW} s`,
            extensions: { code: "UNAUTHENTICATED", requestId: expect.any(String) },
          },
        ],
      },
    ]);
  });

  it("takes the longest lifetime from JWT_MAX_LIFETIME_SECONDS", async () => {
    const gateway = await startGateway(city, { JWT_MAX_LIFETIME_SECONDS: "600" });
    try {
      const hour = await signToken({ roles: ["manager"], departmentId: "6" }, { sub: "9", exp: "1h" });
      expect(await answer(hour, gateway.url)).toEqual(
        refusal("Token claim exp is too far ahead: a token may be valid for at most 600 s, this one for 3600 s"),
      );
      const short = await signToken({ roles: ["manager"], departmentId: "6" }, { sub: "9", exp: "10m" });
      expect(await answer(short, gateway.url)).toEqual({
        status: 200,
        body: { data: { viewer: { authenticated: true, roles: ["MANAGER"], departmentId: "6" } } },
      });
    } finally {
      await gateway.stop();
    }
  });

  it("refuses a JWT_MAX_LIFETIME_SECONDS that is not a positive number of seconds", () => {
    expect(() => loadGatewayConfig({ JWT_MAX_LIFETIME_SECONDS: "0" })).toThrow(
      "JWT_MAX_LIFETIME_SECONDS must be a positive number, got 0",
    );
    expect(() => loadGatewayConfig({ JWT_MAX_LIFETIME_SECONDS: "12h" })).toThrow(
      'JWT_MAX_LIFETIME_SECONDS must be an integer, got "12h"',
    );
  });
});
