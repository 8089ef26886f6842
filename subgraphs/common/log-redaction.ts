import pino, { type SerializedRequest, type SerializedResponse } from "pino";
import { ENVELOPE_HEADER, SIGNATURE_HEADER } from "./envelope";

/** What a log line shows instead of a secret (pino's own redaction marker, so both read alike). */
export const REDACTED = "[Redacted]";

/** Headers that carry credentials: a caller's token or session, a proxy's, the identity envelope. */
const SECRET_HEADERS = [
  "authorization",
  "proxy-authorization",
  "cookie",
  "set-cookie",
  ENVELOPE_HEADER,
  SIGNATURE_HEADER,
];

/**
 * The envelope's headers share this prefix: whatever it adds later (a nonce, a key id) is
 * redacted without a change here.
 */
export const ENVELOPE_HEADER_PREFIX = "x-emisto-";

/** True for a header whose value must never reach a log. */
export const isSecretHeader = (name: string): boolean => {
  const lower = name.toLowerCase();
  return SECRET_HEADERS.includes(lower) || lower.startsWith(ENVELOPE_HEADER_PREFIX);
};

/** A copy of the headers with every secret value replaced by REDACTED; the original is untouched. */
export function redactHeaders<T extends Record<string, unknown>>(headers: T | undefined): T | undefined {
  if (!headers || typeof headers !== "object") return headers;
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [name, isSecretHeader(name) ? REDACTED : value]),
  ) as T;
}

/**
 * Serializers for an already serialized request and response (what pino-http hands to its own
 * serializers): the same object with redacted headers.
 */
export const redactSerializedRequest = (req: SerializedRequest) => ({ ...req, headers: redactHeaders(req.headers) });
export const redactSerializedResponse = (res: SerializedResponse) => ({ ...res, headers: redactHeaders(res.headers) });

/**
 * Logger options every service's logger gets: `req` and `res` logged anywhere go through the
 * redacting serializers, and pino's `redact` blanks the known secret paths as a second line
 * (also in objects logged under other keys, e.g. `{ headers }` or `{ request: { headers } }`).
 */
export const REDACTION_OPTIONS: Pick<pino.LoggerOptions, "serializers" | "redact"> = {
  serializers: {
    req: (req) => redactSerializedRequest(pino.stdSerializers.req(req)),
    res: (res) => redactSerializedResponse(pino.stdSerializers.res(res)),
  },
  redact: {
    censor: REDACTED,
    paths: [
      ...["req", "res", "request", "response"].flatMap((key) => SECRET_HEADERS.map((h) => `${key}.headers["${h}"]`)),
      ...SECRET_HEADERS.map((h) => `headers["${h}"]`),
    ],
  },
};
