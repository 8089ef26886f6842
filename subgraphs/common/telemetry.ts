import { context, isSpanContextValid, propagation, trace } from "@opentelemetry/api";
import type { SpanProcessor } from "@opentelemetry/sdk-trace-node";

/** The instrumentation scope of every span e-Misto's own code starts. */
export const TRACER_NAME = "e-misto";

export const tracer = () => trace.getTracer(TRACER_NAME);

export interface Tracing {
  /** Sends what is still buffered and stops exporting (called last when the process stops). */
  shutdown(): Promise<void>;
}

/**
 * Registers this process's tracer provider (W3C trace context and AsyncLocalStorage context, as
 * NodeTracerProvider.register sets them up) when its spans have somewhere to go: `otlpEndpoint`
 * (OTEL_EXPORTER_OTLP_ENDPOINT, OTLP/HTTP JSON to `<endpoint>/v1/traces`) or `processors` (tests pass
 * an in-memory one). Then every log line and error carries a trace id and subgraph requests carry
 * `traceparent`. Without either, no provider: OpenTelemetry's API stays its no-op, so no span, no
 * context tracking and no trace id is made. Tracking the active context costs about a fifth of the
 * gateway's CPU per request on Node 20 (measured with `npm run bench`), too much for spans nobody
 * reads; the request id (x-request-id, passed to every subgraph) ties logs and errors together either way.
 */
export function startTracing(service: string, otlpEndpoint: string | undefined, processors?: SpanProcessor[]): Tracing {
  if (processors ? processors.length === 0 : !otlpEndpoint) return { shutdown: async () => undefined };
  // The SDK and the exporter are loaded only here: loading them took 0.2 s of CPU at every start
  // of every service, for tracing that is off unless configured.
  /* eslint-disable @typescript-eslint/no-require-imports */
  const sdk = require("@opentelemetry/sdk-trace-node") as typeof import("@opentelemetry/sdk-trace-node");
  const { OTLPTraceExporter } =
    require("@opentelemetry/exporter-trace-otlp-http") as typeof import("@opentelemetry/exporter-trace-otlp-http");
  const { resourceFromAttributes } = require("@opentelemetry/resources") as typeof import("@opentelemetry/resources");
  const { ATTR_SERVICE_NAME } =
    require("@opentelemetry/semantic-conventions") as typeof import("@opentelemetry/semantic-conventions");
  /* eslint-enable @typescript-eslint/no-require-imports */
  const spanProcessors = processors ?? [
    new sdk.BatchSpanProcessor(new OTLPTraceExporter({ url: `${otlpEndpoint!.replace(/\/+$/, "")}/v1/traces` })),
  ];
  const provider = new sdk.NodeTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: service }),
    spanProcessors,
  });
  provider.register();
  return {
    async shutdown() {
      await provider.shutdown().catch(() => undefined);
      trace.disable();
      context.disable();
      propagation.disable();
    },
  };
}

/** The trace id of the span active here, or undefined outside any traced work. */
export function currentTraceId(): string | undefined {
  const context = trace.getActiveSpan()?.spanContext();
  return context && isSpanContextValid(context) ? context.traceId : undefined;
}
