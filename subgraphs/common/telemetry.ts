import { isSpanContextValid, trace } from "@opentelemetry/api";
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
 * NodeTracerProvider.register sets them up). Spans are always made, so every log line and error
 * carries a trace id and subgraph requests carry `traceparent`; they leave the process only when
 * `otlpEndpoint` is set (OTEL_EXPORTER_OTLP_ENDPOINT), as OTLP/HTTP JSON to `<endpoint>/v1/traces`.
 * `processors` replace the exporter (tests pass an in-memory one).
 */
export function startTracing(service: string, otlpEndpoint: string | undefined, processors?: SpanProcessor[]): Tracing {
  const exporting = otlpEndpoint
    ? [new BatchSpanProcessor(new OTLPTraceExporter({ url: `${otlpEndpoint.replace(/\/+$/, "")}/v1/traces` }))]
    : [];
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: service }),
    spanProcessors: processors ?? exporting,
  });
  provider.register();
  return {
    async shutdown() {
      await provider.shutdown().catch(() => undefined);
      trace.disable();
    },
  };
}

/** The trace id of the span active here, or undefined outside any traced work. */
export function currentTraceId(): string | undefined {
  const context = trace.getActiveSpan()?.spanContext();
  return context && isSpanContextValid(context) ? context.traceId : undefined;
}
