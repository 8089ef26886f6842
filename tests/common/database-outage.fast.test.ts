import { GraphQLError } from "graphql";
import { QueryFailedError } from "typeorm";
import { isDatabaseOutage } from "../../subgraphs/common/database-outage";

/** An error as node-postgres gives it: a message and, from the server, a SQLSTATE code. */
const pgError = (message: string, code?: string) => Object.assign(new Error(message), code ? { code } : {});

describe("what counts as a database outage", () => {
  it.each([
    [
      "the server refusing connections",
      Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }),
    ],
    [
      "every address of the host refusing",
      new AggregateError([Object.assign(new Error("x"), { code: "ECONNREFUSED" })]),
    ],
    ["a connection dropped", pgError("Connection terminated unexpectedly")],
    ["pg-pool's connect timeout", pgError("timeout exceeded when trying to connect")],
    ["pg_terminate_backend (admin shutdown)", pgError("terminating connection due to administrator command", "57P01")],
    ["a server starting up", pgError("the database system is starting up", "57P03")],
    ["too many connections", pgError("sorry, too many clients already", "53300")],
    ["a connection exception", pgError("connection failure", "08006")],
    ["a database closed to connections", pgError('database "x" is not currently accepting connections', "55000")],
    [
      "a failed query wrapping one",
      new QueryFailedError("SELECT 1", [], pgError("terminating connection due to administrator command", "57P01")),
    ],
    [
      "a GraphQL error around one",
      new GraphQLError("x", { originalError: pgError("Connection terminated unexpectedly") }),
    ],
  ])("%s is one", (_what, error) => {
    expect(isDatabaseOutage(error)).toBe(true);
  });

  it.each([
    ["a wrong query", new QueryFailedError("SELECT x", [], pgError('column "x" does not exist', "42703"))],
    ["a broken constraint", pgError("duplicate key value violates unique constraint", "23505")],
    ["a plain defect", new Error("Cannot read properties of undefined")],
    ["nothing", undefined],
  ])("%s is not", (_what, error) => {
    expect(isDatabaseOutage(error)).toBe(false);
  });
});
