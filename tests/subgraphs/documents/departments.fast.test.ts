import { startLocalCity, type LocalCity } from "../../helpers/local-city";

/**
 * The graph addresses a department by id; people know it by its code. departmentByCode turns the
 * one into the other, and finds nothing for a code that is not the council's.
 */
describe("departments by code", () => {
  let city: LocalCity;
  beforeAll(async () => {
    city = await startLocalCity();
  });
  afterAll(() => city?.stop());

  const BY_CODE = `query ($code: String!) { departmentByCode(code: $code) { id code name parent { code } } }`;

  it("finds the department a person names by its code, with the id the rest of the graph uses", async () => {
    expect((await city.query(BY_CODE, { code: "12" })).body).toEqual({
      data: {
        departmentByCode: { id: "6", code: "12", name: "Управління житлово-комунального господарства", parent: null },
      },
    });
    expect((await city.query(BY_CODE, { code: "02-05" })).body).toEqual({
      data: {
        departmentByCode: {
          id: "2",
          code: "02-05",
          name: "Відділ по роботі зі зверненнями громадян",
          parent: { code: "02" },
        },
      },
    });
  });

  it("answers null for a code no department has, however it is written", async () => {
    for (const code of ["99", "6", "", " 12", "x".repeat(10_000)]) {
      expect((await city.query(BY_CODE, { code })).body).toEqual({ data: { departmentByCode: null } });
    }
  });
});
