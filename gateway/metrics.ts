import { Counter, Histogram } from "prom-client";
import { createServiceMetrics, LATENCY_BUCKETS, type ServiceMetrics } from "../subgraphs/common/metrics";

/** The gateway's metrics: the common request metrics, its subgraph fetches and rate-limit refusals. */
export interface GatewayMetrics extends ServiceMetrics {
  fetchDuration: Histogram<"subgraph">;
  /** `reason`: `network` (no answer) or the answer's status class (`http_4xx`, `http_5xx`). */
  fetchErrors: Counter<"subgraph" | "reason">;
  rateLimited: Counter;
}

export function createGatewayMetrics(): GatewayMetrics {
  const common = createServiceMetrics("gateway");
  const registers = [common.registry];
  return {
    ...common,
    fetchDuration: new Histogram({
      name: "emisto_subgraph_fetch_duration_seconds",
      help: "Time from sending a subgraph request to its answer's headers, by subgraph",
      labelNames: ["subgraph"],
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    fetchErrors: new Counter({
      name: "emisto_subgraph_fetch_errors_total",
      help: "Subgraph requests that got no answer (network) or a non-2xx one (http_4xx, http_5xx)",
      labelNames: ["subgraph", "reason"],
      registers,
    }),
    rateLimited: new Counter({
      name: "emisto_rate_limit_refusals_total",
      help: "Requests refused with RATE_LIMITED",
      registers,
    }),
  };
}
