import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";

/** Sums of one report's rows of one fund (C, S, or the city's own totals T), in kopiykas. */
export interface ReportSums {
  plan: bigint;
  fact: bigint;
}

/**
 * The monthly reports of an openbudget.gov.ua export as the file itself states them, read here
 * independently of the importer: per year the months reported, and per month and FUND_TYP the sums
 * of ZAT_AMT (plan) and FAKT_AMT (executed to date). T rows are per code, the sum of its C and S
 * rows; their sum over a report is the city's total of that report.
 */
export interface OpenBudgetReports {
  years: number[];
  months(year: number): number[];
  first(year: number): number;
  latest(year: number): number;
  sums(year: number, month: number, fund: "C" | "S" | "T"): ReportSums;
}

/** Exact kopiykas from a CSV amount ("1211945808", "49301062.7", "-84.03"); never a float. */
export function kopiykas(text: string): bigint {
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(text.trim() || "0");
  if (!m) throw new Error(`not an amount: "${text}"`);
  const kop = BigInt(m[2]) * 100n + BigInt((m[3] ?? "0").padEnd(2, "0"));
  return m[1] === "-" ? -kop : kop;
}

/** Kopiykas as the API's decimal string, "1250000.00". */
export function money(kop: bigint): string {
  const abs = kop < 0n ? -kop : kop;
  return `${kop < 0n ? "-" : ""}${abs / 100n}.${String(abs % 100n).padStart(2, "0")}`;
}

export function readReports(file: string): OpenBudgetReports {
  const rows: Record<string, string>[] = parse(readFileSync(file), { columns: true, bom: true });
  const sums = new Map<string, ReportSums>();
  const months = new Map<number, Set<number>>();
  for (const r of rows) {
    const [year, month] = [Number(r.REP_PERIOD.slice(0, 4)), Number(r.REP_PERIOD.slice(5, 7))];
    months.set(year, (months.get(year) ?? new Set()).add(month));
    const key = `${year}|${month}|${r.FUND_TYP}`;
    const s = sums.get(key) ?? { plan: 0n, fact: 0n };
    sums.set(key, { plan: s.plan + kopiykas(r.ZAT_AMT), fact: s.fact + kopiykas(r.FAKT_AMT) });
  }
  const of = (year: number) => [...(months.get(year) ?? [])].sort((a, b) => a - b);
  return {
    years: [...months.keys()].sort((a, b) => a - b),
    months: of,
    first: (year) => of(year)[0],
    latest: (year) => of(year).at(-1)!,
    sums: (year, month, fund) => sums.get(`${year}|${month}|${fund}`) ?? { plan: 0n, fact: 0n },
  };
}

/**
 * The year's three amounts as the city's reports state them for one fund: approved from the year's
 * first report, amended and executed from its latest.
 */
export function reportedAmounts(reports: OpenBudgetReports, year: number, fund: "C" | "S" | "T") {
  const first = reports.sums(year, reports.first(year), fund);
  const latest = reports.sums(year, reports.latest(year), fund);
  return { approved: money(first.plan), amended: money(latest.plan), executed: money(latest.fact) };
}
