import { ENVELOPE_HEADER, MAX_ENVELOPE_AGE_MS, SIGNATURE_HEADER, signEnvelope, verifyEnvelope } from "../../subgraphs/common/envelope";
import type { Identity } from "../../subgraphs/common/identity";

const SECRET = "test-secret";
const CLERK: Identity = { sub: "staff-3", roles: ["clerk", "executor"], departmentId: "2" };

describe("identity envelope", () => {
  it("carries identity and request id from gateway to subgraph", () => {
    const headers = signEnvelope(CLERK, "req-1", SECRET, 1_000_000);
    expect(verifyEnvelope(headers, SECRET, 1_000_000 + 5_000)).toEqual({ identity: CLERK, requestId: "req-1", issuedAt: 1_000_000 });
    expect(headers["x-request-id"]).toBe("req-1");
  });

  const forged = (mutate: (h: Record<string, string>) => void) => {
    const headers = signEnvelope(CLERK, "req-1", SECRET, 1_000_000);
    mutate(headers);
    return () => verifyEnvelope(headers, SECRET, 1_000_000);
  };

  it.each([
    ["missing", (h: Record<string, string>) => delete h[SIGNATURE_HEADER], "Missing identity envelope"],
    ["signed with another secret", (h: Record<string, string>) => (h[SIGNATURE_HEADER] = signEnvelope(CLERK, "req-1", "other", 1_000_000)[SIGNATURE_HEADER]), "Invalid identity signature"],
    [
      "with roles raised after signing",
      (h: Record<string, string>) =>
        (h[ENVELOPE_HEADER] = Buffer.from(JSON.stringify({ identity: { ...CLERK, roles: ["admin"] }, requestId: "req-1", issuedAt: 1_000_000 })).toString("base64url")),
      "Invalid identity signature",
    ],
    ["with a truncated signature", (h: Record<string, string>) => (h[SIGNATURE_HEADER] = h[SIGNATURE_HEADER].slice(1)), "Invalid identity signature"],
  ])("refuses an envelope %s", (_what, mutate, message) => {
    expect(forged(mutate)).toThrow(message);
  });

  it("refuses a stale envelope (replayed later)", () => {
    const headers = signEnvelope(CLERK, "req-1", SECRET, 1_000_000);
    expect(() => verifyEnvelope(headers, SECRET, 1_000_000 + MAX_ENVELOPE_AGE_MS + 1)).toThrow("Stale identity envelope");
  });

  it("refuses a validly signed envelope that is not JSON or has unknown roles", () => {
    const { createHmac } = require("node:crypto") as typeof import("node:crypto");
    const sign = (body: string) => ({ [ENVELOPE_HEADER]: body, [SIGNATURE_HEADER]: createHmac("sha256", SECRET).update(body).digest("base64url") });
    expect(() => verifyEnvelope(sign("not-json"), SECRET)).toThrow("Malformed identity envelope");
    const body = Buffer.from(JSON.stringify({ identity: { sub: "x", roles: ["mayor"], departmentId: null }, requestId: "r", issuedAt: Date.now() })).toString("base64url");
    expect(() => verifyEnvelope(sign(body), SECRET)).toThrow("Malformed identity");
  });
});
