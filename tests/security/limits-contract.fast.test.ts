import { Supergraph } from "@apollo/federation-internals";
import { readFileSync } from "node:fs";
import path from "node:path";
import { Kind, parse, type OperationDefinitionNode } from "graphql";
import { LIMITS } from "../../gateway/limits";
import { operationCost } from "../../gateway/operation-cost";
import { rootFieldCounts, rootFieldTotal } from "../../gateway/root-fields";
import { startLocalCity, type LocalCity } from "../helpers/local-city";
import { contractOperation } from "../helpers/contract";

const api = Supergraph.build(readFileSync(path.resolve(__dirname, "../../schema/supergraph.graphql"), "utf8"))
  .apiSchema()
  .toGraphQLJSSchema();
const contract = ["portal", "portal-pages", "staff", "dashboards"].map(
  (file) =>
    [file, parse(readFileSync(path.resolve(__dirname, `../../schema/operations/${file}.graphql`), "utf8"))] as const,
);

/** The largest page a subgraph serves, asked for wherever a contract operation takes `$first`. */
const LARGEST_PAGE = { first: 100 };

/**
 * The client contract (schema/operations) keeps working under the gateway's limits: each
 * operation's estimated cost with the largest pages, and its root fields, stay under them.
 */
describe("the client contract under the limits", () => {
  it("estimates every operation under the cost limit with the largest pages", () => {
    const costs = Object.fromEntries(
      contract.flatMap(([file, document]) =>
        document.definitions
          .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
          .map((op) => [
            `${file}/${op.name!.value}`,
            [operationCost(api, document, op, LARGEST_PAGE, LIMITS), rootFieldTotal(rootFieldCounts(document, op))],
          ]),
      ),
    );
    expect(costs).toEqual({
      "portal/PortalHome": [354, 4],
      "portal/TenderList": [1206, 1],
      "portal/TenderDetail": [3461, 1],
      "portal/SubmitAppeal": [6, 1],
      "portal/TrackAppeal": [77, 1],
      "portal/PublicDocumentSearch": [906, 1],
      "portal/AppealCategories": [61, 1],
      "portal-pages/PortalBudget": [240, 2],
      "portal-pages/PortalBudgetMonths": [8307, 1],
      "portal-pages/PortalDocuments": [906, 1],
      "portal-pages/PortalDocument": [112, 1],
      "portal-pages/PortalTenders": [7606, 1],
      "portal-pages/PortalTender": [3583, 1],
      "staff/AppealQueue": [2106, 1],
      "staff/AssignAppeal": [9, 1],
      "staff/ExtendAppealDeadline": [4, 1],
      "staff/RegisterDocument": [7, 1],
      "staff/AnswerAppeal": [9, 1],
      "staff/AddResolution": [50, 1],
      "staff/MyAssignments": [1003, 1],
      "staff/CompleteResolution": [5, 1],
      "dashboards/DepartmentScorecard": [55, 1],
      "dashboards/BudgetVsProcurement": [3608, 1],
      "dashboards/AppealStatistics": [121, 1],
      "dashboards/BudgetCommitments": [1117, 2],
      "dashboards/OverCommittedBudgetLines": [281, 1],
      "dashboards/AppealStatisticsGrid": [141, 1],
    });
    for (const [cost, roots] of Object.values(costs))
      expect([cost <= LIMITS.cost, roots <= LIMITS.rootFields]).toEqual([true, true]);
  });

  describe("through the gateway", () => {
    let city: LocalCity;
    beforeAll(async () => {
      city = await startLocalCity();
    });
    afterAll(() => city?.stop());

    it.each([
      ["BudgetVsProcurement", "dashboards", { year: 2025, ...LARGEST_PAGE }],
      ["BudgetCommitments", "dashboards", { year: 2025, ...LARGEST_PAGE }],
      ["TenderList", "portal", LARGEST_PAGE],
      ["PublicDocumentSearch", "portal", { search: "рішення", ...LARGEST_PAGE }],
      ["PortalHome", "portal", { year: 2025 }],
      ["PortalBudget", "portal-pages", { year: 2025 }],
      ["PortalTenders", "portal-pages", { filter: { status: "COMPLETE" }, ...LARGEST_PAGE }],
      ["PortalBudgetMonths", "portal-pages", { year: 2025, ...LARGEST_PAGE }],
      ["PortalDocuments", "portal-pages", { filter: { kind: "DECISION", search: "рішення" }, ...LARGEST_PAGE }],
    ] as const)("runs %s with the largest pages", async (name, file, variables) => {
      const { status, body } = await city.query(contractOperation(file, name), variables);
      expect([status, body.errors]).toEqual([200, undefined]);
    });
  });
});
