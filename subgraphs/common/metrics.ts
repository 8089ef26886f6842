import type { ApolloServerPlugin } from "@apollo/server";
import { trace } from "@opentelemetry/api";
import type { RequestHandler } from "express";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import type { DataSource } from "typeorm";

/** One service's Prometheus registry and the GraphQL request metrics every service keeps. */
export interface ServiceMetrics {
  registry: Registry;
  requests: Counter<"operation" | "outcome">;
  duration: Histogram<"operation">;
}

/** Seconds: from a cached lookup to a slow report. */
export const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** A registry of its own per service (labelled `service`), with Node's process metrics. */
export function createServiceMetrics(service: string): ServiceMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    requests: new Counter({
      name: "emisto_graphql_requests_total",
      help: "GraphQL requests answered, by contract operation (others: `other`) and outcome (ok, error)",
      labelNames: ["operation", "outcome"],
      registers: [registry],
    }),
    duration: new Histogram({
      name: "emisto_graphql_request_duration_seconds",
      help: "Time to answer a GraphQL request, by contract operation",
      labelNames: ["operation"],
      buckets: LATENCY_BUCKETS,
      registers: [registry],
    }),
  };
}

/** `GET /metrics` in Prometheus' text format. */
export function metricsHandler(registry: Registry): RequestHandler {
  return async (_req, res) => {
    res.type(registry.contentType).send(await registry.metrics());
  };
}

/**
 * Counts and times every request by its operation's label (`label`: bounded, see
 * operation-label.ts) and names the operation on the request's span.
 */
export function graphqlMetricsPlugin(
  metrics: ServiceMetrics,
  label: (name: string | null | undefined) => string,
): ApolloServerPlugin {
  return {
    async requestDidStart({ request }) {
      const stop = metrics.duration.startTimer();
      let operation = label(request.operationName);
      return {
        async didResolveOperation({ operationName }) {
          operation = label(operationName);
          trace.getActiveSpan()?.setAttribute("graphql.operation.name", operation);
        },
        async willSendResponse({ response }) {
          const failed = response.body.kind === "single" && !!response.body.singleResult.errors?.length;
          stop({ operation });
          metrics.requests.inc({ operation, outcome: failed ? "error" : "ok" });
        },
      };
    },
  };
}

interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/** The subgraph's PostgreSQL pool (pg's, under TypeORM) as a gauge: total, idle and waiting. */
export function poolMetrics(registry: Registry, db: DataSource): void {
  new Gauge({
    name: "emisto_db_pool_connections",
    help: "The database pool: connections open (total), idle, and requests waiting for one",
    labelNames: ["state"],
    registers: [registry],
    collect() {
      const pool = (db.driver as unknown as { master?: PoolCounts }).master;
      this.set({ state: "total" }, pool?.totalCount ?? 0);
      this.set({ state: "idle" }, pool?.idleCount ?? 0);
      this.set({ state: "waiting" }, pool?.waitingCount ?? 0);
    },
  });
}
