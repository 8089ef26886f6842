import { createHmac } from "node:crypto";
import {
  bodyHash,
  checkBody,
  ENVELOPE_HEADER,
  MAX_ENVELOPE_AGE_MS,
  SIGNATURE_HEADER,
  signEnvelope,
  verifyEnvelope,
  type SignedRequest,
} from "../../subgraphs/common/envelope";
import type { Identity } from "../../subgraphs/common/identity";

const SECRET = "test-secret-of-at-least-32-bytes!";
const CLERK: Identity = { sub: "staff-3", roles: ["clerk", "executor"], departmentId: "2" };
const BODY = JSON.stringify({ query: "{ viewer { roles } }" });
const REQUEST: SignedRequest = { method: "POST", target: "appeals", path: "/graphql", bodySha256: bodyHash(BODY) };
const RECEIVED = { method: "POST", target: "appeals", path: "/graphql" };

describe("identity envelope", () => {
  it("carries identity, request id and the signed request from gateway to subgraph", () => {
    const headers = signEnvelope(CLERK, "req-1", SECRET, REQUEST, 1_000_000);
    const envelope = verifyEnvelope(headers, SECRET, RECEIVED, 1_000_000 + 5_000);
    expect(envelope).toEqual({
      ...REQUEST,
      identity: CLERK,
      requestId: "req-1",
      issuedAt: 1_000_000,
      nonce: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
    });
    expect(() => checkBody(envelope, bodyHash(BODY))).not.toThrow();
    expect(headers["x-request-id"]).toBe("req-1");
  });

  it("gives every envelope a nonce of its own", () => {
    const nonces = new Set(
      Array.from(
        { length: 100 },
        () => verifyEnvelope(signEnvelope(CLERK, "r", SECRET, REQUEST), SECRET, RECEIVED).nonce,
      ),
    );
    expect(nonces.size).toBe(100);
  });

  const forged = (mutate: (h: Record<string, string>) => void) => {
    const headers = signEnvelope(CLERK, "req-1", SECRET, REQUEST, 1_000_000);
    mutate(headers);
    return () => verifyEnvelope(headers, SECRET, RECEIVED, 1_000_000);
  };
  const reencoded = (h: Record<string, string>, change: (e: Record<string, unknown>) => void) => {
    const envelope = JSON.parse(Buffer.from(h[ENVELOPE_HEADER], "base64url").toString("utf8"));
    change(envelope);
    h[ENVELOPE_HEADER] = Buffer.from(JSON.stringify(envelope)).toString("base64url");
  };

  it.each([
    ["missing", (h: Record<string, string>) => delete h[SIGNATURE_HEADER], "Missing identity envelope"],
    [
      "signed with another secret",
      (h: Record<string, string>) =>
        (h[SIGNATURE_HEADER] = signEnvelope(CLERK, "req-1", "other", REQUEST, 1_000_000)[SIGNATURE_HEADER]),
      "Invalid identity signature",
    ],
    [
      "with roles raised after signing",
      (h: Record<string, string>) => reencoded(h, (e) => (e.identity = { ...CLERK, roles: ["admin"] })),
      "Invalid identity signature",
    ],
    [
      "with its target changed after signing",
      (h: Record<string, string>) => reencoded(h, (e) => (e.target = "documents")),
      "Invalid identity signature",
    ],
    [
      "with its body hash changed after signing",
      (h: Record<string, string>) => reencoded(h, (e) => (e.bodySha256 = bodyHash("{}"))),
      "Invalid identity signature",
    ],
    [
      "with a truncated signature",
      (h: Record<string, string>) => (h[SIGNATURE_HEADER] = h[SIGNATURE_HEADER].slice(1)),
      "Invalid identity signature",
    ],
  ])("refuses an envelope %s", (_what, mutate, message) => {
    expect(forged(mutate)).toThrow(message);
  });

  it.each([
    ["another subgraph", { ...RECEIVED, target: "documents" }, "Identity envelope is for appeals, not documents"],
    ["another method", { ...RECEIVED, method: "GET" }, "Identity envelope is for another request"],
    ["another path", { ...RECEIVED, path: "/files/documents/1" }, "Identity envelope is for another request"],
  ])("refuses an envelope used for %s", (_what, received, message) => {
    const headers = signEnvelope(CLERK, "req-1", SECRET, REQUEST, 1_000_000);
    expect(() => verifyEnvelope(headers, SECRET, received, 1_000_000)).toThrow(message);
  });

  it("refuses another body than the one signed", () => {
    const envelope = verifyEnvelope(signEnvelope(CLERK, "req-1", SECRET, REQUEST), SECRET, RECEIVED);
    expect(() => checkBody(envelope, bodyHash(JSON.stringify({ query: "mutation { importOcds }" })))).toThrow(
      "Identity envelope is for another request body",
    );
  });

  it("accepts an envelope only within the allowed clock skew, either way", () => {
    const headers = signEnvelope(CLERK, "req-1", SECRET, REQUEST, 1_000_000);
    expect(MAX_ENVELOPE_AGE_MS).toBeLessThanOrEqual(10_000);
    expect(() => verifyEnvelope(headers, SECRET, RECEIVED, 1_000_000 + MAX_ENVELOPE_AGE_MS)).not.toThrow();
    expect(() => verifyEnvelope(headers, SECRET, RECEIVED, 1_000_000 + MAX_ENVELOPE_AGE_MS + 1)).toThrow(
      "Stale identity envelope",
    );
    expect(() => verifyEnvelope(headers, SECRET, RECEIVED, 1_000_000 - MAX_ENVELOPE_AGE_MS - 1)).toThrow(
      "Stale identity envelope",
    );
  });

  it("refuses a validly signed envelope that is not JSON, has no nonce or has unknown roles", () => {
    const sign = (body: string) => ({
      [ENVELOPE_HEADER]: body,
      [SIGNATURE_HEADER]: createHmac("sha256", SECRET).update(body).digest("base64url"),
    });
    const encode = (e: object) => Buffer.from(JSON.stringify(e)).toString("base64url");
    const good = { ...REQUEST, identity: CLERK, requestId: "r", issuedAt: Date.now(), nonce: "n".repeat(22) };
    expect(() => verifyEnvelope(sign("not-json"), SECRET, RECEIVED)).toThrow("Malformed identity envelope");
    expect(() => verifyEnvelope(sign(encode({ ...good, nonce: undefined })), SECRET, RECEIVED)).toThrow(
      "Malformed identity envelope",
    );
    expect(() =>
      verifyEnvelope(
        sign(encode({ ...good, identity: { sub: "x", roles: ["mayor"], departmentId: null } })),
        SECRET,
        RECEIVED,
      ),
    ).toThrow("Malformed identity");
    expect(() => verifyEnvelope(sign(encode(good)), SECRET, RECEIVED)).not.toThrow();
  });
});
