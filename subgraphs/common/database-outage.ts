/**
 * Node's codes for a connection that could not be made or was lost (the database host down,
 * restarting, unreachable).
 */
const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EPIPE",
  "EAI_AGAIN",
]);

/**
 * PostgreSQL's SQLSTATEs of a server that is going away or refusing connections: class 08
 * (connection exception) is matched by prefix; 57P01 admin_shutdown (also what
 * pg_terminate_backend sends), 57P02 crash_shutdown, 57P03 cannot_connect_now (starting up or
 * shutting down), 53300 too_many_connections.
 */
const SERVER_CODES = new Set(["57P01", "57P02", "57P03", "53300"]);

/**
 * node-postgres's own words for a connection that died or never came (it gives them no code):
 * "Connection terminated unexpectedly", "Connection terminated due to connection timeout",
 * "Client has encountered a connection error and is not queryable", pg-pool's "timeout exceeded
 * when trying to connect"; and PostgreSQL's refusal of a database closed to connections (55000,
 * a code too broad to match alone).
 */
const MESSAGES =
  /Connection terminated|not queryable|timeout exceeded when trying to connect|is not currently accepting connections/;

interface Failure {
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  driverError?: unknown;
  originalError?: unknown;
  /** graphql-js's wrapper of a thrown value that is not an Error of its realm (NonErrorThrown). */
  thrownValue?: unknown;
  /** An AggregateError's: each address a host name resolved to, tried in turn. */
  errors?: unknown;
}

/**
 * True when an error (or what it wraps: TypeORM's `driverError`, a GraphQLError's
 * `originalError`, graphql-js's `thrownValue`, a `cause`) says the database is unreachable or went away, as opposed to a
 * query that is wrong. Such a failure is an outage: the same request can succeed once the
 * database is back.
 */
export function isDatabaseOutage(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const { code, message, cause, driverError, originalError, thrownValue, errors } = error as Failure;
  if (typeof code === "string" && (NETWORK_CODES.has(code) || SERVER_CODES.has(code) || /^08/.test(code))) return true;
  if (typeof message === "string" && MESSAGES.test(message)) return true;
  const inner = [cause, driverError, originalError, thrownValue, ...(Array.isArray(errors) ? errors : [])];
  return inner.some((wrapped) => wrapped !== error && isDatabaseOutage(wrapped, depth + 1));
}
