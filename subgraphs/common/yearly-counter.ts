import type { EntityManager } from "typeorm";

/** The next number of a yearly counter (see yearlyCounter); `scope` is required when the counter has a scope column. */
export type NextNumber = (m: EntityManager, year: number, scope?: string) => Promise<number>;

const QUALIFIED_TABLE = /^[a-z_][a-z0-9_]*\.[a-z_][a-z0-9_]*$/;
const COLUMN = /^[a-z_][a-z0-9_]*$/;

/**
 * A gap-free counter per year (and per scope, e.g. a journal's kind) kept in `table`, a
 * schema-qualified table of the caller's subgraph with columns `[scopeColumn,] year, last_number`
 * and its primary key on `([scopeColumn,] year)`. Names are checked here, once, and never come
 * from input.
 *
 * Contract: call the returned function inside the transaction that inserts the row using the
 * number. The upsert locks the counter row until that transaction ends, so concurrent callers of
 * the same year (and scope) take turns, and a rollback gives the number back: numbers start at 1
 * each year and are never skipped or reused.
 */
export function yearlyCounter(table: string, scopeColumn?: string): NextNumber {
  if (!QUALIFIED_TABLE.test(table)) throw new Error(`yearlyCounter: "${table}" is not a schema-qualified table name`);
  if (scopeColumn !== undefined && !COLUMN.test(scopeColumn))
    throw new Error(`yearlyCounter: "${scopeColumn}" is not a column name`);
  const name = table.slice(table.indexOf(".") + 1);
  const keys = scopeColumn === undefined ? ["year"] : [scopeColumn, "year"];
  const placeholders = keys.map((_, i) => `$${i + 1}`).join(", ");
  const sql = `INSERT INTO ${table} (${keys.join(", ")}, last_number) VALUES (${placeholders}, 1)
     ON CONFLICT (${keys.join(", ")}) DO UPDATE SET last_number = ${name}.last_number + 1 RETURNING last_number`;
  return async (m, year, scope) => {
    if ((scope === undefined) !== (scopeColumn === undefined))
      throw new Error(`yearlyCounter ${table}: a scope is ${scopeColumn === undefined ? "not taken" : "required"}`);
    const params = scope === undefined ? [year] : [scope, year];
    const [{ last_number: next }] = await m.query(sql, params);
    return next;
  };
}
