import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { ROLES, type Identity } from "./identity";

/**
 * The identity envelope: the gateway signs who the caller is together with the one request it
 * is sending (method, target subgraph, path, a hash of the exact body), a time and a single-use
 * nonce, with a secret it shares with the subgraphs. A subgraph accepts a request only with a
 * valid signature over what it actually received, a fresh time and a nonce it has not seen
 * (nonce-store.ts), so captured headers cannot be replayed or reused for another request.
 * Both sides import this one module so they can never drift apart.
 */
export const ENVELOPE_HEADER = "x-emisto-identity";
export const SIGNATURE_HEADER = "x-emisto-signature";
export const REQUEST_ID_HEADER = "x-request-id";
/**
 * How far a signature's time may be from the receiver's clock, either way. The gateway signs
 * immediately before sending, so this only has to cover clock skew between hosts (NTP keeps
 * them within milliseconds) and a busy event loop.
 */
export const MAX_ENVELOPE_AGE_MS = 10_000;
/** The body hash of a streamed upload, which the gateway passes on without reading. */
export const STREAMED_BODY = "streamed";

/** The request an envelope is valid for. */
export interface SignedRequest {
  method: string;
  /** The subgraph's name, e.g. "appeals". */
  target: string;
  /** Path and query string as the subgraph receives them, e.g. "/graphql". */
  path: string;
  /** sha256 of the exact body (base64url), or STREAMED_BODY. */
  bodySha256: string;
}

export interface Envelope extends SignedRequest {
  identity: Identity;
  requestId: string;
  issuedAt: number;
  nonce: string;
}

export class EnvelopeError extends Error {}

const mac = (secret: string, body: string) => createHmac("sha256", secret).update(body).digest("base64url");

/** sha256 of a body as the envelope carries it. */
export const bodyHash = (body: string | Buffer): string => createHash("sha256").update(body).digest("base64url");

/** Headers to add to one subgraph request. */
export function signEnvelope(
  identity: Identity,
  requestId: string,
  secret: string,
  request: SignedRequest,
  now = Date.now(),
): Record<string, string> {
  const envelope: Envelope = {
    ...request,
    method: request.method.toUpperCase(),
    identity,
    requestId,
    issuedAt: now,
    nonce: randomBytes(16).toString("base64url"),
  };
  const body = Buffer.from(JSON.stringify(envelope)).toString("base64url");
  return { [ENVELOPE_HEADER]: body, [SIGNATURE_HEADER]: mac(secret, body), [REQUEST_ID_HEADER]: requestId };
}

/**
 * Verifies the envelope headers against the request as received, except the body (whose hash
 * is known only once it is read: checkBody) and the nonce (claimed in the nonce store). Throws
 * EnvelopeError saying what is wrong.
 */
export function verifyEnvelope(
  headers: Record<string, string | string[] | undefined>,
  secret: string,
  received: Omit<SignedRequest, "bodySha256">,
  now = Date.now(),
): Envelope {
  const body = headers[ENVELOPE_HEADER];
  const signature = headers[SIGNATURE_HEADER];
  if (typeof body !== "string" || typeof signature !== "string") throw new EnvelopeError("Missing identity envelope");
  const expected = Buffer.from(mac(secret, body));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    throw new EnvelopeError("Invalid identity signature");
  }
  let envelope: Envelope;
  try {
    envelope = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as Envelope;
  } catch {
    throw new EnvelopeError("Malformed identity envelope");
  }
  if (!Number.isFinite(envelope.issuedAt) || Math.abs(now - envelope.issuedAt) > MAX_ENVELOPE_AGE_MS) {
    throw new EnvelopeError("Stale identity envelope (check that the gateway's and this host's clocks agree)");
  }
  if (typeof envelope.nonce !== "string" || envelope.nonce.length < 16)
    throw new EnvelopeError("Malformed identity envelope");
  if (envelope.target !== received.target)
    throw new EnvelopeError(`Identity envelope is for ${String(envelope.target)}, not ${received.target}`);
  if (envelope.method !== received.method.toUpperCase() || envelope.path !== received.path) {
    throw new EnvelopeError("Identity envelope is for another request");
  }
  const { identity } = envelope;
  if (!Array.isArray(identity?.roles) || !identity.roles.every((r) => (ROLES as readonly string[]).includes(r))) {
    throw new EnvelopeError("Malformed identity");
  }
  return envelope;
}

/** Refuses a body other than the one the envelope was signed for. */
export function checkBody(envelope: Envelope, bodySha256: string): void {
  if (envelope.bodySha256 !== bodySha256) throw new EnvelopeError("Identity envelope is for another request body");
}
