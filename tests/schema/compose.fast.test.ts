import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildSchema, type GraphQLObjectType } from "graphql";
import { composeSchemas, staleFiles } from "../../schema/compose";

/** `schema/` is printed from code; a change to the code without recomposing is caught. */
describe("schema composition", () => {
  let files: Record<string, string>;
  beforeAll(async () => {
    files = await composeSchemas();
  });

  it("matches the committed files", () => {
    expect(staleFiles(path.resolve(__dirname, "../../schema"), files)).toEqual([]);
  });

  it("joins all four subgraphs and contributes Department fields from each", () => {
    const supergraph = files["supergraph.graphql"];
    for (const name of ["DOCUMENTS", "APPEALS", "PROCUREMENT", "BUDGET"])
      expect(supergraph).toContain(`@join__graph(name: "${name.toLowerCase()}"`);
    for (const [file, field] of [
      ["appeals", "appealStats"],
      ["procurement", "tenders("],
      ["budget", "budgetSummary("],
    ]) {
      expect(files[`${file}.graphql`]).toMatch(
        new RegExp(`type Department\\s+[^{]*@key\\(fields: "id"\\)[^{]*\\{[^}]*${field.replace("(", "\\(")}`),
      );
    }
  });

  it("lists each field's arguments in the order its resolver declares them", () => {
    const schema = buildSchema(files["supergraph.graphql"]);
    const args = (type: string, field: string) =>
      (schema.getType(type) as GraphQLObjectType).getFields()[field].args.map((a) => a.name);
    expect({
      assignAppeal: args("Mutation", "assignAppeal"),
      appealStatistics: args("Query", "appealStatistics"),
      addResolution: args("Mutation", "addResolution"),
      tenders: args("Query", "tenders"),
    }).toEqual({
      assignAppeal: ["id", "departmentId", "executorId", "version"],
      appealStatistics: ["since", "until", "groupBy", "from", "to"],
      addResolution: ["documentId", "input"],
      tenders: ["filter", "orderBy", "first", "after", "last", "before", "page"],
    });
  });

  it("names each stale or missing file", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "schema-"));
    try {
      for (const [file, content] of Object.entries(files)) writeFileSync(path.join(dir, file), content);
      writeFileSync(path.join(dir, "budget.graphql"), `${files["budget.graphql"]}# edited by hand\n`);
      rmSync(path.join(dir, "appeals.graphql"));
      const base = path.basename(dir);
      expect(staleFiles(dir, files)).toEqual([`${base}/appeals.graphql`, `${base}/budget.graphql`]);
      expect(readFileSync(path.join(dir, "documents.graphql"), "utf8")).toBe(files["documents.graphql"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
