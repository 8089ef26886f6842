import { context, isSpanContextValid, propagation, trace } from "@opentelemetry/api";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { BatchSpanProcessor, NodeTracerProvider, type SpanProcessor } from "@opentelemetry/sdk-trace-node";
import { ATTR_SERVICE_NAME } from "@opentelemetry/semantic-conventions";

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
  const spanProcessors =
    processors ??
    (otlpEndpoint
      ? [new BatchSpanProcessor(new OTLPTraceExporter({ url: `${otlpEndpoint.replace(/\/+$/, "")}/v1/traces` }))]
      : []);
  if (spanProcessors.length === 0) return { shutdown: async () => undefined };
  const provider = new NodeTracerProvider({
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
