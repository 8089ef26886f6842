import { Supergraph } from "@apollo/federation-internals";
import { readFileSync } from "node:fs";
import path from "node:path";
import { formatProblems, lintSchema } from "../../schema/lint";
import { buildFederatedSchema } from "../../subgraphs/common/federation";
import { citySubgraphs } from "../../subgraphs/registry";

/**
 * The schema explains itself: every type, field, argument, input field and enum value of each
 * subgraph and of the supergraph's API (what clients see) has a description, and every name
 * follows the house's conventions, so a new field without one fails here.
 */
describe("schema lint", () => {
  it.each(citySubgraphs().map((def) => [def.name, def] as const))("finds nothing to fix in %s", async (_name, def) => {
    expect(formatProblems(lintSchema(await buildFederatedSchema(def)))).toBe("");
  });

  it("finds nothing to fix in the supergraph's API schema", () => {
    const supergraph = readFileSync(path.resolve(__dirname, "../../schema/supergraph.graphql"), "utf8");
    const api = Supergraph.build(supergraph).apiSchema().toGraphQLJSSchema();
    expect(formatProblems(lintSchema(api))).toBe("");
  });

  it("names each missing description, badly formed or provisional name, and passes over federation's own", () => {
    const PROVISIONAL = "has a provisional name (a version, new, old, tmp ...)";
    const sdl = `
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
      scalar _Any
      scalar link__Import
      type _Service { sdl: String }
      type Query {
        "One tender."
        tender("Its id." id: ID!, page: Int): Tender
        _service: _Service!
      }
      "A tender."
      type Tender @key(fields: "id") {
        "Its id."
        id: ID!
        "  "
        title: String
        "The value, as \`12.00\`."
        Amount_Total: String
        "Its lots, the second way."
        lotsV2: [String]
        "Where it was."
        oldStatus: String
      }
      "A kind of tender."
      enum tender_kind {
        "Open bidding."
        OPEN
        belowThreshold
        "A kind for now."
        TMP_KIND
      }
      input TenderFilter {
        "Words of the title."
        search: String
      }
      "A day."
      scalar Date
      union Found = Tender
    `;
    expect(lintSchema(sdl)).toEqual([
      { path: "Found", problem: "has no description" },
      { path: "Query.tender(page)", problem: "has no description" },
      { path: "Tender.title", problem: "has no description" },
      { path: "Tender.Amount_Total", problem: "is not named camelCase" },
      { path: "Tender.lotsV2", problem: PROVISIONAL },
      { path: "Tender.oldStatus", problem: PROVISIONAL },
      { path: "TenderFilter", problem: "has no description" },
      { path: "tender_kind", problem: "is not named PascalCase" },
      { path: "tender_kind.belowThreshold", problem: "has no description" },
      { path: "tender_kind.belowThreshold", problem: "is not named UPPER_SNAKE" },
      { path: "tender_kind.TMP_KIND", problem: PROVISIONAL },
    ]);
  });

  it("says where each problem is, one per line", () => {
    expect(
      formatProblems([
        { path: "Tender.title", problem: "has no description" },
        { path: "tender_kind", problem: "is not named PascalCase" },
      ]),
    ).toBe("Tender.title: has no description\ntender_kind: is not named PascalCase");
  });
});
