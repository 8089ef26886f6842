import { readFileSync } from "node:fs";
import path from "node:path";
import { Kind, parse, print, type DirectiveNode } from "graphql";

const subgraphSdl = (name: string) =>
  parse(readFileSync(path.resolve(__dirname, `../../schema/${name}.graphql`), "utf8"));
const hint = (directives: readonly DirectiveNode[] | undefined) =>
  directives?.filter((d) => d.name.value === "cacheControl").map((d) => print(d))[0];

/** What each subgraph lets caches keep, read off its committed SDL: the contract the response cache acts on. */
function hints(name: string) {
  const roots: Record<string, string> = {};
  const types: Record<string, string> = {};
  for (const definition of subgraphSdl(name).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    if (definition.name.value === "Query")
      for (const field of definition.fields ?? []) roots[field.name.value] = hint(field.directives) ?? "none";
    else if (definition.name.value !== "Mutation") types[definition.name.value] = hint(definition.directives) ?? "none";
  }
  return { roots, types };
}

const PUBLIC = "@cacheControl(maxAge: 60)";
const PERSONAL = "@cacheControl(maxAge: 0, scope: PRIVATE)";

describe("cache hints of the subgraphs", () => {
  it("makes only the public record's root fields cacheable", () => {
    const cacheable = Object.fromEntries(
      ["documents", "appeals", "procurement", "budget"].map((name) => [
        name,
        Object.entries(hints(name).roots)
          .filter(([, h]) => h !== "none")
          .map(([field, h]) => `${field} ${h}`),
      ]),
    );
    expect(cacheable).toEqual({
      documents: ["document", "publicDocuments", "departments", "department", "departmentByCode"].map(
        (f) => `${f} ${PUBLIC}`,
      ),
      appeals: [`appealCategories ${PUBLIC}`],
      procurement: ["tender", "tenders", "competitions", "competition"].map((f) => `${f} ${PUBLIC}`),
      budget: ["budget", "budgetYears"].map((f) => `${f} ${PUBLIC}`),
    });
  });

  it("marks appeals' people as personal, public entities as public, and lets every other type inherit", () => {
    const { types } = hints("appeals");
    expect([types.Appeal, types.Applicant, types.TrackedAppeal, types.AppealReceipt]).toEqual(Array(4).fill(PERSONAL));
    expect(types.Department).toBe("@cacheControl(inheritMaxAge: true)");
    expect([hints("documents").types.Department, hints("documents").types.Document]).toEqual([PUBLIC, PUBLIC]);
    expect([hints("procurement").types.Tender, hints("budget").types.BudgetLine]).toEqual([PUBLIC, PUBLIC]);
    for (const name of ["documents", "appeals", "procurement", "budget"])
      for (const [type, h] of Object.entries(hints(name).types))
        expect({ type, hinted: h !== "none" }).toEqual({ type, hinted: true });
  });
});
