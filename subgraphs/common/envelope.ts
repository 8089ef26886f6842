import { createHmac, timingSafeEqual } from "node:crypto";
import { ROLES, type Identity } from "./identity";

/**
 * The identity envelope: the gateway signs the caller's identity, the request id and a timestamp
 * with a secret it shares with the subgraphs; a subgraph accepts a request only with a valid,
 * fresh signature. Both sides import this one module so they can never drift apart.
 */
export const ENVELOPE_HEADER = "x-emisto-identity";
export const SIGNATURE_HEADER = "x-emisto-signature";
export const REQUEST_ID_HEADER = "x-request-id";
/** How old a signature may be; covers clock skew between hosts and slow query plans. */
export const MAX_ENVELOPE_AGE_MS = 60_000;

interface Payload {
  identity: Identity;
  requestId: string;
  issuedAt: number;
}

export class EnvelopeError extends Error {}

const mac = (secret: string, body: string) => createHmac("sha256", secret).update(body).digest("base64url");

/** Headers to add to a subgraph request. */
export function signEnvelope(identity: Identity, requestId: string, secret: string, now = Date.now()): Record<string, string> {
  const body = Buffer.from(JSON.stringify({ identity, requestId, issuedAt: now } satisfies Payload)).toString("base64url");
  return { [ENVELOPE_HEADER]: body, [SIGNATURE_HEADER]: mac(secret, body), [REQUEST_ID_HEADER]: requestId };
}

/** Verifies the envelope headers; throws EnvelopeError saying what is wrong. */
export function verifyEnvelope(
  headers: Record<string, string | string[] | undefined>,
  secret: string,
  now = Date.now(),
): Payload {
  const body = headers[ENVELOPE_HEADER];
  const signature = headers[SIGNATURE_HEADER];
  if (typeof body !== "string" || typeof signature !== "string") throw new EnvelopeError("Missing identity envelope");
  const expected = Buffer.from(mac(secret, body));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    throw new EnvelopeError("Invalid identity signature");
  }
  let payload: Payload;
  try {
    payload = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as Payload;
  } catch {
    throw new EnvelopeError("Malformed identity envelope");
  }
  if (!Number.isFinite(payload.issuedAt) || Math.abs(now - payload.issuedAt) > MAX_ENVELOPE_AGE_MS) {
    throw new EnvelopeError("Stale identity envelope");
  }
  const { identity } = payload;
  if (!Array.isArray(identity?.roles) || !identity.roles.every((r) => (ROLES as readonly string[]).includes(r))) {
    throw new EnvelopeError("Malformed identity");
  }
  return payload;
}
