import type { DataSource } from "typeorm";

const schemas = new WeakMap<DataSource, Promise<string>>();

/**
 * The schema pg_trgm lives in, quoted for SQL. A database has one pg_trgm, installed by the first
 * subgraph whose migrations need it (in a shared database documents', in a subgraph's own database
 * its own schema; see the migrations). Looked up once per DataSource.
 */
export function trgmSchema(db: DataSource): Promise<string> {
  let schema = schemas.get(db);
  if (!schema) {
    schema = db
      .query(
        `SELECT n.nspname AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'`,
      )
      .then((rows: { schema: string }[]) => {
        if (rows.length === 0) throw new Error("pg_trgm is not installed: the migrations have not run");
        return `"${rows[0].schema.replace(/"/g, '""')}"`;
      });
    schema.catch(() => schemas.delete(db));
    schemas.set(db, schema);
  }
  return schema;
}
