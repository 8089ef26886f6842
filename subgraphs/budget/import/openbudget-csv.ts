import { createReadStream } from "node:fs";
import { parse } from "csv-parse";
import { parseMoney } from "./money";

export type BudgetSide = "EXPENSE" | "REVENUE";

/** One usable row of an openbudget.gov.ua export. Amounts in kopiykas. */
export interface OpenBudgetRow {
  line: number;
  side: BudgetSide;
  year: number;
  month: number;
  fund: "C" | "S" | "T";
  code: string;
  name: string;
  plan: bigint;
  fact: bigint;
}

export interface ImportProblem {
  file: string;
  line: number | null;
  field: string | null;
  why: string;
}

const SIDES: Record<BudgetSide, { code: string; name: string; pattern: RegExp }> = {
  EXPENSE: { code: "COD_CONS_EK", name: "COD_CONS_EK_NAME", pattern: /^\d{4}$/ },
  REVENUE: { code: "COD_INCO", name: "NAME_INC", pattern: /^\d{8}$/ },
};

/**
 * Reads an export of expenses by economic classification (COD_CONS_EK) or of incomes (COD_INCO),
 * streaming: quoted fields may hold commas and line breaks. A row with a bad field is reported
 * (file, line, field, why) and skipped; the rest is read.
 */
export async function readOpenBudgetCsv(
  file: string,
  onRow: (row: OpenBudgetRow) => void,
  onProblem: (problem: ImportProblem) => void,
): Promise<void> {
  const input = createReadStream(file);
  const parser = parse({ columns: true, bom: true, info: true, skip_empty_lines: true });
  input.on("error", (err) => parser.destroy(err));
  input.pipe(parser);
  let side: BudgetSide | null = null;
  for await (const { record, info } of parser as AsyncIterable<{
    record: Record<string, string>;
    info: { lines: number };
  }>) {
    const line = info.lines;
    const problem = (field: string, why: string) => onProblem({ file, line, field, why });
    side ??= "COD_CONS_EK" in record ? "EXPENSE" : "COD_INCO" in record ? "REVENUE" : null;
    if (side === null) {
      onProblem({
        file,
        line: null,
        field: null,
        why: "not an openbudget export: neither COD_CONS_EK nor COD_INCO among the columns",
      });
      return;
    }
    const cols = SIDES[side];
    const period =
      /^(\d{4})-(\d{2})-\d{2}$/.exec(record.REP_PERIOD ?? "") ?? /^(\d{2})\.(\d{4})$/.exec(record.REP_PERIOD ?? "");
    if (!period) {
      problem("REP_PERIOD", `"${record.REP_PERIOD}" is not a month (YYYY-MM-DD or MM.YYYY)`);
      continue;
    }
    const [year, month] = period[0].includes(".")
      ? [Number(period[2]), Number(period[1])]
      : [Number(period[1]), Number(period[2])];
    if (month < 1 || month > 12) {
      problem("REP_PERIOD", `"${record.REP_PERIOD}" has no month ${month}`);
      continue;
    }
    const fund = record.FUND_TYP;
    if (fund !== "C" && fund !== "S" && fund !== "T") {
      problem("FUND_TYP", `"${fund}" is not C, S or T`);
      continue;
    }
    const code = (record[cols.code] ?? "").trim();
    if (!cols.pattern.test(code)) {
      problem(cols.code, `"${code}" is not a ${side === "EXPENSE" ? "4" : "8"}-digit code`);
      continue;
    }
    const plan = parseMoney(record.ZAT_AMT || "0");
    if (plan === null) {
      problem("ZAT_AMT", `"${record.ZAT_AMT}" is not an amount`);
      continue;
    }
    const fact = parseMoney(record.FAKT_AMT || "0");
    if (fact === null) {
      problem("FAKT_AMT", `"${record.FAKT_AMT}" is not an amount`);
      continue;
    }
    onRow({ line, side, year, month, fund, code, name: (record[cols.name] ?? "").trim() || code, plan, fact });
  }
}
