import { Supergraph } from "@apollo/federation-internals";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse, validate, type OperationDefinitionNode } from "graphql";
import { graphiqlTabs } from "../../gateway/graphiql-tabs";

const SCHEMA_DIR = path.resolve(__dirname, "../../schema");
const api = Supergraph.build(readFileSync(path.join(SCHEMA_DIR, "supergraph.graphql"), "utf8"))
  .apiSchema()
  .toGraphQLJSSchema();
const operationNames = (query: string) =>
  parse(query)
    .definitions.filter((d): d is OperationDefinitionNode => d.kind === "OperationDefinition")
    .map((d) => d.name?.value ?? "(anonymous)");

/** GraphiQL opens with what the graph is for: the README's department query, then the clients' operations. */
describe("GraphiQL's tabs", () => {
  const tabs = graphiqlTabs(SCHEMA_DIR);

  it("are the department query and one tab per client, with every contract operation", () => {
    expect(tabs.map((t) => operationNames(t.query))).toEqual([
      ["(anonymous)"],
      ...["portal", "staff", "dashboards"].map((client) =>
        operationNames(readFileSync(path.join(SCHEMA_DIR, "operations", `${client}.graphql`), "utf8")),
      ),
    ]);
    expect(tabs.slice(1).map((t) => t.query.split("\n")[0])).toEqual([
      "# The citizens' portal: anonymous, no token needed.",
      "# The council's staff tools: put a staff token under Headers (`npm run token -- --role clerk --department 1`).",
      "# Integrators' dashboards: managers and analysts (`npm run token -- --role analyst --department 4`), some parts public.",
    ]);
  });

  it("each validate against the supergraph", () => {
    for (const tab of tabs) expect(validate(api, parse(tab.query)).map((e) => e.message)).toEqual([]);
  });

  it("open with the README's department query, word for word", () => {
    const query = tabs[0].query.slice(tabs[0].query.indexOf("query {"));
    expect(readFileSync(path.resolve(__dirname, "../../README.md"), "utf8")).toContain(query.trim());
  });

  it("leave out what a deployment does not have", () => {
    expect(graphiqlTabs(path.join(SCHEMA_DIR, "no-such-folder"))).toEqual([]);
  });
});
