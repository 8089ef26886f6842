import { Supergraph } from "@apollo/federation-internals";
import { readFileSync } from "node:fs";
import path from "node:path";
import { Kind, parse, validate, type OperationDefinitionNode } from "graphql";
import { getVariableValues } from "graphql/execution/values";

/**
 * The bench (bench/operations.json) loads every contract operation, and the variables it sends
 * are valid for that operation against the API schema once its "{name}" placeholders are filled
 * with values of the kind bench/discover.mjs finds. No speed is measured here.
 */
interface BenchOperation {
  name: string;
  roles?: string[];
  subgraph?: string;
  load?: boolean;
  variables: unknown;
}

const root = path.resolve(__dirname, "../..");
const supergraph = Supergraph.build(readFileSync(path.join(root, "schema/supergraph.graphql"), "utf8"));
const api = supergraph.apiSchema().toGraphQLJSSchema();
const contract = new Map(
  ["portal", "staff", "dashboards"].flatMap((file) =>
    parse(readFileSync(path.join(root, `schema/operations/${file}.graphql`), "utf8"))
      .definitions.filter((d): d is OperationDefinitionNode => d.kind === "OperationDefinition")
      .map((op) => [op.name!.value, op] as const),
  ),
);
const bench = (
  JSON.parse(readFileSync(path.join(root, "bench/operations.json"), "utf8")) as { operations: BenchOperation[] }
).operations;

/** What discover.mjs finds, by kind: an id is a string, the year a number. */
const SAMPLE: Record<string, unknown> = {
  runId: "2026-01-01T00:00:00.000Z",
  year: 2026,
  yearStart: "2026-01-01T00:00:00Z",
  yearEnd: "2026-12-31T23:59:59Z",
  category: "roads",
  departmentId: "4",
  staffId: "12",
  tenderId: "189",
  documentWord: "рішення",
  extendedDueDate: "2026-12-12",
  trackingCode: "K4R2-DN6Q-Z48K-9YMK",
  appealId: "9855",
  documentId: "5012",
  resolutionId: "1679",
};

/** The same substitution as bench/discover.mjs `fill`. */
function fill(value: unknown): unknown {
  if (typeof value === "string") {
    const whole = /^\{(\w+)\}$/.exec(value);
    if (whole) return SAMPLE[whole[1]];
    return value.replace(/\{(\w+)\}/g, (_, k: string) => String(SAMPLE[k]));
  }
  if (Array.isArray(value)) return value.map(fill);
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v)]));
  return value;
}

describe("the bench's operations", () => {
  it("are every contract operation, once each", () => {
    expect(bench.map((op) => op.name).sort()).toEqual([...contract.keys()].sort());
  });

  it("use only placeholders the bench finds values for", () => {
    const used = [...JSON.stringify(bench).matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    expect(used.filter((name) => !(name in SAMPLE))).toEqual([]);
  });

  it.each(bench.map((op) => [op.name, op] as const))("%s sends variables its operation accepts", (name, op) => {
    const definition = contract.get(name)!;
    const result = getVariableValues(api, definition.variableDefinitions ?? [], fill(op.variables) as never);
    expect(result.errors?.map((e) => e.message) ?? []).toEqual([]);
  });

  it.each(bench.filter((op) => op.subgraph).map((op) => [op.name, op] as const))(
    "%s, sent straight to its subgraph, is valid against that subgraph's own schema",
    (name, op) => {
      const schema = supergraph.subgraphs().get(op.subgraph!)!.schema.toGraphQLJSSchema();
      const errors = validate(schema, { kind: Kind.DOCUMENT, definitions: [contract.get(name)!] });
      expect(errors.map((e) => e.message)).toEqual([]);
    },
  );
});
