/**
 * The parent of a classification code: the code with its last non-zero digit set to zero
 * (КЕКВ 2111 → 2110 → 2100 → 2000; ККД 11010100 → 11010000 → 11000000 → 10000000); null at the top.
 */
export function parentCode(code: string): string | null {
  const i = code.search(/0*$/) - 1;
  if (i <= 0) return null;
  return `${code.slice(0, i)}0${code.slice(i + 1)}`;
}
