import { randomUUID } from "node:crypto";
import { SpanKind } from "@opentelemetry/api";
import { InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-node";
import { startTracing, type Tracing } from "../../subgraphs/common/telemetry";
import { startCity, type City } from "../helpers/city";
import { contractOperation } from "../helpers/contract";
import { staffHeaders } from "../helpers/tokens";

const SUBMIT = contractOperation("portal", "SubmitAppeal");
const ASSIGN = contractOperation("staff", "AssignAppeal");

/** The trace id ties what a caller sees (an error) to every log line and span of its request. */
describe("trace ids in errors and log lines", () => {
  const exporter = new InMemorySpanExporter();
  const lines: Record<string, unknown>[] = [];
  let tracing: Tracing;
  let city: City;
  beforeAll(async () => {
    tracing = startTracing("city", undefined, [new SimpleSpanProcessor(exporter)]);
    city = await startCity({ logDestination: { write: (line: string) => void lines.push(JSON.parse(line)) } });
  });
  afterAll(async () => {
    await city?.stop();
    await tracing?.shutdown();
  });

  test("a refused submission: its error carries the trace id that its spans and every log line share", async () => {
    lines.splice(0);
    const response = await city.query(SUBMIT, {
      input: {
        idempotencyKey: randomUUID(),
        type: "APPLICATION",
        category: "no-such-category",
        subject: "Тема",
        text: "Текст звернення.",
        applicant: { fullName: "Василь Ковальчук", address: "м. Житомир, вул. Польова, 8", phone: "+380961234567" },
      },
    });
    const requestId = response.headers.get("x-request-id")!;
    const [error] = response.body.errors!;
    expect(error.extensions).toEqual({
      code: "BAD_USER_INPUT",
      field: "category",
      fields: [{ field: "category", message: expect.stringContaining("category") }],
      serviceName: "appeals",
      requestId,
      traceId: expect.stringMatching(/^[0-9a-f]{32}$/),
    });
    const { traceId } = error.extensions;

    // The gateway's and appeals' spans, and appeals' SQL, are in that trace.
    const spans = exporter.getFinishedSpans().filter((s) => s.spanContext().traceId === traceId);
    const servers = spans.filter((s) => s.name === "POST /graphql").map((s) => s.attributes["emisto.service"]);
    expect(servers.sort()).toEqual(["appeals", "gateway"]);
    expect(spans.some((s) => s.attributes["db.system.name"] === "postgresql")).toBe(true);

    // Every line logged for the request (each service's request line included) has the trace id.
    const ofRequest = lines.filter((line) => JSON.stringify(line).includes(requestId));
    expect(new Set(ofRequest.map((line) => line.service))).toEqual(new Set(["gateway", "appeals"]));
    expect(ofRequest.filter((line) => line.traceId !== traceId)).toEqual([]);
  });

  test("appeals' own call to documents is in the trace too, under appeals' span", async () => {
    exporter.reset();
    const clerk = await staffHeaders("3", "2", "clerk", "executor");
    const response = await city.query(ASSIGN, { id: "12", departmentId: "6", executorId: "10" }, clerk);
    expect(response.body.errors).toBeUndefined();
    const spans = exporter.getFinishedSpans();
    const call = spans.find((s) => s.name === "call documents")!;
    const documents = spans.filter((s) => s.name === "POST /graphql" && s.attributes["emisto.service"] === "documents");
    const appeals = spans.find((s) => s.name === "POST /graphql" && s.attributes["emisto.service"] === "appeals")!;
    // The gateway fetches from documents too (department, executor); one documents request is appeals' own.
    expect(documents.filter((s) => s.parentSpanContext?.spanId === call.spanContext().spanId)).toHaveLength(1);
    expect(call.parentSpanContext?.spanId).toBe(appeals.spanContext().spanId);
    expect(new Set(spans.map((s) => s.spanContext().traceId)).size).toBe(1);
  });

  test("a proxied route (procurement's /ocds) continues the gateway's trace", async () => {
    exporter.reset();
    const response = await fetch(`${city.base}/ocds/releases.json`);
    expect(response.status).toBe(200);
    await response.text();
    // The gateway's span ends when its response has finished, which the client may see a moment before.
    const gatewayDone = () =>
      exporter
        .getFinishedSpans()
        .some((s) => s.kind === SpanKind.SERVER && s.attributes["emisto.service"] === "gateway");
    for (let i = 0; i < 100 && !gatewayDone(); i++) await new Promise((r) => setTimeout(r, 10));
    const servers = exporter.getFinishedSpans().filter((s) => s.kind === SpanKind.SERVER);
    const gateway = servers.find((s) => s.attributes["emisto.service"] === "gateway")!;
    const procurement = servers.find((s) => s.attributes["emisto.service"] === "procurement")!;
    expect({ name: procurement.name, parent: procurement.parentSpanContext }).toEqual({
      name: "GET /ocds/releases.json",
      parent: expect.objectContaining({ traceId: gateway.spanContext().traceId, spanId: gateway.spanContext().spanId }),
    });
  });

  test("a log line outside any request carries no trace id", () => {
    lines.splice(0);
    city.subgraphs.appeals.db.logger.logMigration("outside", undefined);
    expect(lines.map((line) => [line.msg, "traceId" in line])).toEqual([["outside", false]]);
  });
});
