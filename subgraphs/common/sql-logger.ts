import type { Logger as TypeOrmLogger, QueryRunner } from "typeorm";
import type { Logger } from "pino";

/**
 * TypeORM logger that writes SQL to pino at debug level and, when given a sink, appends every
 * statement to it. TypeORM calls a custom logger's logQuery for every statement, whatever the
 * `logging` option says, which is what lets tests count statements. A parameter sink, when given,
 * receives each statement's parameters at the statement's index (tests EXPLAIN what was run).
 */
export class SqlLogger implements TypeOrmLogger {
  constructor(
    private readonly out: Logger,
    private readonly sink?: string[],
    private readonly parameterSink?: unknown[][],
  ) {}

  logQuery(query: string, parameters?: unknown[], _runner?: QueryRunner): void {
    this.sink?.push(query);
    this.parameterSink?.push(parameters ?? []);
    this.out.debug({ sql: query, parameters }, "sql");
  }
  logQueryError(error: string | Error, query: string, parameters?: unknown[]): void {
    this.out.warn({ err: error, sql: query, parameters }, "sql failed");
  }
  logQuerySlow(time: number, query: string): void {
    this.out.warn({ ms: time, sql: query }, "slow sql");
  }
  logSchemaBuild(message: string): void {
    this.out.debug(message);
  }
  logMigration(message: string): void {
    this.out.info(message);
  }
  log(level: "log" | "info" | "warn", message: unknown): void {
    if (level === "warn") this.out.warn({ message }, "typeorm");
    else this.out.debug({ message }, "typeorm");
  }
}
