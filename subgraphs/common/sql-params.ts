/**
 * Named parameters for hand-built conditions passed to TypeORM's query builder: `add(value)`
 * returns a placeholder (`:p1`, ...) and records the value. Values are never spliced into SQL.
 */
export class SqlParams {
  readonly values: Record<string, unknown> = {};
  private count = 0;

  add(value: unknown): string {
    const name = `p${++this.count}`;
    this.values[name] = value;
    return `:${name}`;
  }
}
