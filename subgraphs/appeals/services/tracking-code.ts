import { randomBytes } from "node:crypto";

/** Crockford's base32: no I, L, O or U, so codes read aloud or copied by hand stay unambiguous. */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const CODE_RE = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/;

/**
 * A tracking code: 80 random bits (16 base32 symbols from the OS's CSPRNG) in four groups,
 * e.g. "7K3M-Q9XD-2HPA-WT5R". Nothing in it derives from the appeal, so codes cannot be guessed
 * or enumerated.
 */
export function newTrackingCode(): string {
  const bytes = randomBytes(10);
  let bits = 0n;
  for (const b of bytes) bits = (bits << 8n) | BigInt(b);
  let code = "";
  for (let i = 15; i >= 0; i--) code += ALPHABET[Number((bits >> BigInt(i * 5)) & 31n)];
  return code.match(/.{4}/g)!.join("-");
}

/** The code as typed by a person (any case, spaces), or null when it cannot be a code. */
export function normalizeTrackingCode(input: string): string | null {
  const compact = input.toUpperCase().replace(/[\s-]/g, "");
  if (compact.length !== 16) return null;
  const code = compact.match(/.{4}/g)!.join("-");
  return CODE_RE.test(code) ? code : null;
}
