import type { DataSource } from "typeorm";
import { OpenBudgetAggregate } from "./openbudget-aggregate";
import { readOpenBudgetCsv, type ImportProblem } from "./openbudget-csv";
import { writeOpenBudget } from "./openbudget-writer";

export interface ImportSummary {
  file: string;
  rows: number;
  lines: number;
  problems: ImportProblem[];
}

export interface ImportProgress {
  (message: string): void;
}

/**
 * Imports openbudget.gov.ua CSV exports (expenses by КЕКВ, incomes by ККД), one transaction per
 * file. Bad rows and T/C/S mismatches are reported and the rest imports; a file that cannot be
 * read at all is reported and changes nothing.
 */
export async function importOpenBudget(
  db: DataSource,
  files: string[],
  progress: ImportProgress = () => undefined,
): Promise<ImportSummary[]> {
  const summaries: ImportSummary[] = [];
  for (const file of files) {
    const aggregate = new OpenBudgetAggregate();
    const problems: ImportProblem[] = [];
    let rows = 0;
    try {
      await readOpenBudgetCsv(
        file,
        (row) => {
          aggregate.add(row);
          if (++rows % 1000 === 0) progress(`${file}: ${rows} rows read`);
        },
        (problem) => problems.push(problem),
      );
    } catch (err) {
      summaries.push({
        file,
        rows,
        lines: 0,
        problems: [...problems, { file, line: null, field: null, why: `cannot be read: ${(err as Error).message}` }],
      });
      continue;
    }
    problems.push(...aggregate.crossCheck(file));
    const lines = await db.transaction((m) =>
      writeOpenBudget(m, aggregate, (done, total) => progress(`${file}: ${done}/${total} lines written`)),
    );
    summaries.push({ file, rows, lines, problems });
  }
  return summaries;
}
