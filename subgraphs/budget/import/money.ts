/**
 * Exact money in kopiykas (BigInt): amounts from CSV files are parsed and summed without ever
 * becoming floats. Values with more than two decimals are refused, not rounded.
 */
export function parseMoney(text: string): bigint | null {
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!m) return null;
  const kop = BigInt(m[2]) * 100n + BigInt((m[3] ?? "").padEnd(2, "0") || "0");
  return m[1] === "-" ? -kop : kop;
}

/** Kopiykas as a decimal string with two places ("1250000.00"), the form PostgreSQL and GraphQL take. */
export function formatMoney(kop: bigint): string {
  const sign = kop < 0n ? "-" : "";
  const abs = kop < 0n ? -kop : kop;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, "0")}`;
}
