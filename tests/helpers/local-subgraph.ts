import { LocalGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { execute, parse, type ExecutionResult, type GraphQLSchema } from "graphql";
import type { Logger } from "pino";
import type { DataSource } from "typeorm";
import type { GatewayContext } from "../../gateway/context";
import type { SubgraphConfig } from "../../subgraphs/common/config";
import { createSubgraphContext } from "../../subgraphs/common/context";
import { createDataSource } from "../../subgraphs/common/data-source";
import type { SubgraphDefinition } from "../../subgraphs/common/definition";
import { bodyHash, checkBody, EnvelopeError, verifyEnvelope } from "../../subgraphs/common/envelope";
import { buildFederatedSchema } from "../../subgraphs/common/federation";
import { translator, type Language } from "../../subgraphs/common/i18n/catalogue";
import { COMMON_MESSAGES } from "../../subgraphs/common/i18n/common-messages";
import { requestLanguage } from "../../subgraphs/common/i18n/language";
import { localizeError } from "../../subgraphs/common/i18n/localize-errors";
import { ANONYMOUS, type Identity } from "../../subgraphs/common/identity";

/** One subgraph of the fast tier: its real schema, loaders and DataSource, and no server. */
export interface LocalSubgraph {
  name: string;
  config: SubgraphConfig;
  db: DataSource;
  schema: GraphQLSchema;
  /** Runs one request as `viewer`, with the context the subgraph's server builds (server.ts). */
  execute(
    viewer: Identity,
    requestId: string,
    query: string,
    variables?: Record<string, unknown>,
    operationName?: string,
    language?: Language,
  ): Promise<ExecutionResult>;
  stop(): Promise<void>;
}

/**
 * The subgraph as startSubgraph makes it, minus HTTP: the same DataSource (statements to
 * `sqlSink`), the schema from buildFederatedSchema and, per request, the context of server.ts:
 * viewer, requestId, db, a child log, fresh loaders and the config. Migrations are not run here
 * (the harness prepares the database first, as startCity does).
 */
export async function startLocalSubgraph<L>(
  def: SubgraphDefinition<L>,
  config: SubgraphConfig,
  log: Logger,
  sqlSink: string[],
  sqlParameterSink?: unknown[][],
): Promise<LocalSubgraph> {
  const db = createDataSource({
    url: config.databaseUrl,
    schema: def.schema,
    entities: def.entities,
    migrations: def.migrations,
    log,
    sqlSink,
    sqlParameterSink,
  });
  await db.initialize();
  let schema: GraphQLSchema;
  try {
    schema = await buildFederatedSchema(def);
  } catch (err) {
    await db.destroy();
    throw err;
  }
  const translate = translator(def.messages ?? {}, COMMON_MESSAGES);
  return {
    name: def.name,
    config,
    db,
    schema,
    async execute(viewer, requestId, query, variables, operationName, language = "uk") {
      const contextValue = createSubgraphContext(def, { db, log, config }, viewer, requestId, language);
      const result = await execute({
        schema,
        document: parse(query),
        variableValues: variables,
        operationName,
        contextValue,
      });
      // What the gateway would read off the wire: plain JSON, errors without their originals, in
      // the caller's language (the server's localizeErrorsPlugin).
      const wire = JSON.parse(JSON.stringify(result)) as ExecutionResult;
      if (wire.errors) wire.errors = wire.errors.map((e) => localizeError(e, language, translate));
      return wire;
    },
    stop: () => db.destroy(),
  };
}

type GatewayGraphQLResponse = Awaited<ReturnType<LocalGraphQLDataSource["process"]>>;

/**
 * The gateway's data source for a local subgraph: the caller's identity and request id from the
 * gateway's context (what SignedDataSource signs into the envelope), executed in this process.
 */
export class LocalSubgraphDataSource extends LocalGraphQLDataSource<GatewayContext> {
  constructor(private readonly subgraph: LocalSubgraph) {
    super(subgraph.schema);
  }

  override async process({
    request,
    context,
  }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const ctx = context as Partial<GatewayContext> | undefined;
    const result = await this.subgraph.execute(
      ctx?.identity ?? ANONYMOUS,
      ctx?.requestId ?? "gateway",
      request.query!,
      request.variables,
      request.operationName,
      ctx?.language,
    );
    return result as GatewayGraphQLResponse;
  }
}

/**
 * A fetch for subgraph-to-subgraph calls (SubgraphConfig.peerFetch) that answers requests to a
 * local subgraph's URL in this process, after checking the signed envelope as the subgraph's
 * guard does (signature, age, target, method, path, body hash, single use); other URLs go out
 * through the global fetch (an unreachable peer stays unreachable).
 */
export function localPeerFetch(
  peers: Record<string, LocalSubgraph>,
  urlOf: (name: string) => string,
  secret: string,
): typeof fetch {
  const used = new Set<string>();
  return async (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    const peer = Object.values(peers).find((p) => urlOf(p.name) === url);
    if (!peer) return fetch(input, init);
    const body = String(init?.body ?? "");
    const headers = Object.fromEntries(new Headers(init?.headers).entries());
    try {
      const envelope = verifyEnvelope(headers, secret, {
        method: init?.method ?? "GET",
        target: peer.name,
        path: new URL(url).pathname,
      });
      checkBody(envelope, bodyHash(body));
      if (used.has(envelope.nonce)) throw new EnvelopeError("Identity envelope was already used (a replay)");
      used.add(envelope.nonce);
      const { query, variables, operationName } = JSON.parse(body) as {
        query: string;
        variables?: Record<string, unknown>;
        operationName?: string;
      };
      const language = requestLanguage({ headers });
      const result = await peer.execute(
        envelope.identity,
        envelope.requestId,
        query,
        variables,
        operationName,
        language,
      );
      return Response.json(result);
    } catch (err) {
      if (!(err instanceof EnvelopeError)) throw err;
      return Response.json(
        { errors: [{ message: err.message, extensions: { code: "UNAUTHENTICATED" } }] },
        { status: 401 },
      );
    }
  };
}
