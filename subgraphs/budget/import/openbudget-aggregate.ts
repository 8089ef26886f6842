import { formatMoney } from "./money";
import type { BudgetSide, ImportProblem, OpenBudgetRow } from "./openbudget-csv";

export type Fund = "GENERAL" | "SPECIAL";

/** A line of one year as the export describes it, month by month (amounts in kopiykas). */
export interface LineDraft {
  side: BudgetSide;
  year: number;
  code: string;
  fund: Fund;
  months: Map<number, { plan: bigint; fact: bigint }>;
}

const FUNDS = { C: "GENERAL", S: "SPECIAL" } as const;

/**
 * Collects rows into lines per (side, year, code, fund). Funds C and S are stored; T rows are
 * their sum and only checked against them (openbudget-writer.ts derives the three amounts).
 */
export class OpenBudgetAggregate {
  private readonly lines = new Map<string, LineDraft>();
  private readonly totals = new Map<string, { plan: bigint; fact: bigint; line: number }>();
  readonly names = new Map<string, { side: BudgetSide; code: string; name: string; year: number }>();

  add(row: OpenBudgetRow): void {
    const period = `${row.side}|${row.year}|${row.month}|${row.code}`;
    if (row.fund === "T") {
      this.totals.set(period, { plan: row.plan, fact: row.fact, line: row.line });
      return;
    }
    const key = `${row.side}|${row.year}|${row.code}|${FUNDS[row.fund]}`;
    const draft = this.lines.get(key) ?? {
      side: row.side,
      year: row.year,
      code: row.code,
      fund: FUNDS[row.fund],
      months: new Map(),
    };
    draft.months.set(row.month, { plan: row.plan, fact: row.fact });
    this.lines.set(key, draft);
    const named = this.names.get(`${row.side}|${row.code}`);
    if (!named || named.year <= row.year)
      this.names.set(`${row.side}|${row.code}`, { side: row.side, code: row.code, name: row.name, year: row.year });
  }

  /** T rows that differ from C + S of the same month and code. */
  crossCheck(file: string): ImportProblem[] {
    const problems: ImportProblem[] = [];
    for (const [period, total] of this.totals) {
      const [side, year, month, code] = period.split("|");
      let plan = 0n;
      let fact = 0n;
      for (const fund of ["GENERAL", "SPECIAL"]) {
        const m = this.lines.get(`${side}|${year}|${code}|${fund}`)?.months.get(Number(month));
        plan += m?.plan ?? 0n;
        fact += m?.fact ?? 0n;
      }
      if (plan !== total.plan)
        problems.push({
          file,
          line: total.line,
          field: "ZAT_AMT",
          why: `T is ${formatMoney(total.plan)} but C + S is ${formatMoney(plan)}`,
        });
      if (fact !== total.fact)
        problems.push({
          file,
          line: total.line,
          field: "FAKT_AMT",
          why: `T is ${formatMoney(total.fact)} but C + S is ${formatMoney(fact)}`,
        });
    }
    return problems;
  }

  drafts(): LineDraft[] {
    return [...this.lines.values()];
  }
}
