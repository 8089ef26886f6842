import { context, propagation, trace } from "@opentelemetry/api";
import { currentTraceId, startTracing, tracer } from "../../subgraphs/common/telemetry";

/**
 * Tracing is on only where spans go somewhere (an OTLP endpoint, or the processors a test passes): then spans
 * record, the active one gives log lines and errors their trace id and `traceparent` goes out with subgraph
 * requests. Without, OpenTelemetry's API stays its no-op: nothing is recorded, tracked or sent.
 */
describe("tracing on only when spans are sent somewhere", () => {
  /** What a request's work sees inside a span: is it recorded, its trace id, the headers a fetch would send. */
  const insideASpan = () => {
    const span = tracer().startSpan("POST /graphql");
    const headers: Record<string, string> = {};
    const seen = context.with(trace.setSpan(context.active(), span), () => {
      propagation.inject(context.active(), headers);
      return { recording: span.isRecording(), traceId: currentTraceId() };
    });
    span.end();
    return { ...seen, headers };
  };

  it("makes no span, trace id or traceparent without an endpoint", async () => {
    const tracing = startTracing("gateway", undefined);
    try {
      expect(insideASpan()).toEqual({ recording: false, traceId: undefined, headers: {} });
    } finally {
      await tracing.shutdown();
    }
  });

  it("records spans, gives their trace id and sends traceparent with an endpoint", async () => {
    // Nothing listens there: the batch is sent only at shutdown and its failure is ignored. The
    // exporter's own timeout (read when it is made) is cut from 10 s, so it stops retrying at once.
    const timeout = process.env.OTEL_EXPORTER_OTLP_TIMEOUT;
    process.env.OTEL_EXPORTER_OTLP_TIMEOUT = "100";
    const tracing = startTracing("gateway", "http://127.0.0.1:9");
    if (timeout === undefined) delete process.env.OTEL_EXPORTER_OTLP_TIMEOUT;
    else process.env.OTEL_EXPORTER_OTLP_TIMEOUT = timeout;
    try {
      const seen = insideASpan();
      expect(seen).toEqual({
        recording: true,
        traceId: expect.stringMatching(/^[0-9a-f]{32}$/),
        headers: { traceparent: expect.stringMatching(new RegExp(`^00-${seen.traceId}-[0-9a-f]{16}-01$`)) },
      });
    } finally {
      await tracing.shutdown();
    }
  });
});
