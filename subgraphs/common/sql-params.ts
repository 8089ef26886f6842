/**
 * Named parameters for hand-built conditions passed to TypeORM's query builder: `add(value)`
 * returns a placeholder (`:p1`, ...) and records the value. Values are never spliced into SQL.
 */
export class SqlParams {
  readonly values: Record<string, unknown> = {};
  private count = 0;

  /** The same SQL for a raw query: `:pN` placeholders become `$N`, with the values in order. */
  positional(sql: string): [string, unknown[]] {
    return [sql.replace(/:p(\d+)\b/g, (_m, n) => `$${n}`), Object.values(this.values)];
  }

  add(value: unknown): string {
    const name = `p${++this.count}`;
    this.values[name] = value;
    return `:${name}`;
  }
}
