import { startLocalCity, type LocalCity } from "../../helpers/local-city";
import { contractOperation } from "../../helpers/contract";
import { staffHeaders } from "../../helpers/tokens";

const SEARCH = contractOperation("portal", "PublicDocumentSearch");

/** Public search knows the kinds' Ukrainian names and registration numbers, never only titles. */
describe("public search by kind and registration number", () => {
  let city: LocalCity;
  let admin: Record<string, string>;
  beforeAll(async () => {
    city = await startLocalCity();
    admin = await staffHeaders("1", "1", "manager", "admin");
  });
  afterAll(() => city?.stop());

  const found = async (search: string, headers?: Record<string, string>) => {
    const { body } = await city.query(SEARCH, { search, first: 20 }, headers);
    expect(body.errors).toBeUndefined();
    return body.data.publicDocuments.edges.map((e: any) => [e.node.id, e.node.kind, e.node.registrationNumber]);
  };

  it('finds the council decisions by "рішення" and its other forms, though no title says it', async () => {
    expect(await found("рішення")).toEqual([
      ["2", "DECISION", "2/01-12"],
      ["1", "DECISION", "1/01-12"],
    ]);
    expect(await found("рішень")).toEqual([
      ["2", "DECISION", "2/01-12"],
      ["1", "DECISION", "1/01-12"],
    ]);
    expect(await found("Рішення про бюджет")).toEqual([["2", "DECISION", "2/01-12"]]);
    expect(await found("розпорядження")).toEqual([["3", "ORDER", "1/02-3"]]);
    const whole = await city.query(SEARCH, { search: "рішення", first: 1 });
    expect(whole.body.data.publicDocuments).toEqual({
      totalCount: 2,
      pageInfo: { hasNextPage: true, endCursor: expect.any(String) },
      edges: [
        {
          node: {
            id: "2",
            kind: "DECISION",
            registrationNumber: "2/01-12",
            registeredAt: expect.any(String),
            title: "Про бюджет Житомирської міської територіальної громади",
            department: { id: "7", name: "Департамент бюджету і фінансів" },
          },
        },
      ],
    });
  });

  it("ranks a document whose own text matches above one that only is of the kind", async () => {
    const register = `mutation ($input: RegisterDocumentInput!) { registerDocument(input: $input) { id registrationNumber } }`;
    const { body } = await city.query(
      register,
      {
        input: {
          kind: "ORDER",
          title: "Про виконання рішення про бюджет громади",
          departmentId: "1",
          accessLevel: "PUBLIC",
        },
      },
      admin,
    );
    // The ORDER journal's next number this year (the demo's order may be of last year in January).
    const { registrationNumber } = body.data.registerDocument;
    expect(body).toEqual({
      data: { registerDocument: { id: "12", registrationNumber: expect.stringMatching(/^\d+\/02$/) } },
    });
    expect(await found("рішення")).toEqual([
      ["12", "ORDER", registrationNumber],
      ["2", "DECISION", "2/01-12"],
      ["1", "DECISION", "1/01-12"],
    ]);
    expect(await found("розпорядження")).toEqual([
      ["12", "ORDER", registrationNumber],
      ["3", "ORDER", "1/02-3"],
    ]);
  });

  it("finds a document by its registration number, exact first, or by its running number", async () => {
    expect(await found("2/01-12")).toEqual([["2", "DECISION", "2/01-12"]]);
    expect(await found("1/02-3")).toEqual([["3", "ORDER", "1/02-3"]]);
    expect(await found("1/02")).toEqual([["3", "ORDER", "1/02-3"]]);
    // Running number 1 of two journals, both public.
    expect(await found("1")).toEqual([
      ["3", "ORDER", "1/02-3"],
      ["1", "DECISION", "1/01-12"],
    ]);
    expect(await found("1/")).toEqual([
      ["3", "ORDER", "1/02-3"],
      ["1", "DECISION", "1/01-12"],
    ]);
    expect(await found("1/01-1")).toEqual([["1", "DECISION", "1/01-12"]]);
    expect(await found("99/01-12")).toEqual([]);
  });

  it("never shows an internal or restricted document, by number or by kind", async () => {
    // 1/37-1 is a restricted note, 1/12-4 an answer letter, 1/12-1 an internal incoming letter.
    for (const search of ["1/37-1", "1/12-4", "1/12-1", "службова записка", "лист", "вхідний"])
      expect(await found(search)).toEqual([]);
    const staffSearch = `query ($q: String) { documents(filter: { search: $q }, first: 10) { totalCount edges { node { id registrationNumber } } } }`;
    const analyst = await staffHeaders("12", "7", "analyst");
    expect((await city.query(staffSearch, { q: "1/37-1" }, analyst)).body).toEqual({
      data: { documents: { totalCount: 1, edges: [{ node: { id: "10", registrationNumber: "1/37-1" } }] } },
    });
    expect((await city.query(staffSearch, { q: "вхідний лист" }, analyst)).body).toEqual({
      data: { documents: { totalCount: 1, edges: [{ node: { id: "11", registrationNumber: "1/12-1" } }] } },
    });
  });
});
