import { startLocalCity, type LocalCity } from "../../helpers/local-city";
import { kyivYear } from "../../helpers/demo-city";
import { analystHeaders, staffHeaders } from "../../helpers/tokens";

const GRID = `query ($from: DateTime!, $to: DateTime!, $groupBy: [AppealGrouping!]!) {
  appealStatisticsGrid(from: $from, to: $to, groupBy: $groupBy) { keys labels total open overdueOpen department { id } } }`;

/**
 * Appeal statistics by one or two dimensions in one call, for analysts: counts only, the same counts as an
 * independent SQL count of the demo city's appeals; refused to anonymous callers and citizens.
 */
describe("appeal statistics by two dimensions", () => {
  let city: LocalCity;
  let analyst: Record<string, string>;
  const from = `${kyivYear() - 5}-01-01T00:00:00+02:00`;
  const to = `${kyivYear() + 1}-01-01T00:00:00+02:00`;
  beforeAll(async () => {
    city = await startLocalCity();
    analyst = await analystHeaders();
  });
  afterAll(() => city?.stop());

  it("counts every department × month cell, overdue open appeals included, as SQL counts them", async () => {
    const expected = await city.db.query<{
      department: string;
      month: string;
      total: number;
      open: number;
      overdue: number;
    }>(
      `SELECT coalesce(department_id::text, 'none') AS department, to_char((received_at AT TIME ZONE 'Europe/Kyiv')::date, 'YYYY-MM') AS month,
              count(*)::int AS total,
              count(*) FILTER (WHERE status IN ('REGISTERED', 'ASSIGNED', 'IN_PROGRESS'))::int AS open,
              count(*) FILTER (WHERE status IN ('REGISTERED', 'ASSIGNED', 'IN_PROGRESS') AND due_date < (now() AT TIME ZONE 'Europe/Kyiv')::date)::int AS overdue
         FROM appeals.appeal GROUP BY 1, 2 ORDER BY 1, 2`,
    );
    expect(expected.length).toBeGreaterThan(2);
    const { body } = await city.query(GRID, { from, to, groupBy: ["DEPARTMENT", "MONTH"] }, analyst);
    expect(body).toEqual({
      data: {
        appealStatisticsGrid: expected.map((r) => ({
          keys: [r.department, r.month],
          labels: [r.department === "none" ? "Не розподілено" : `Підрозділ ${r.department}`, r.month],
          total: r.total,
          open: r.open,
          overdueOpen: r.overdue,
          department: r.department === "none" ? null : { id: r.department },
        })),
      },
    });
    // Overdue open appeals by department alone: the same figures, one cell per department.
    const byDepartment = await city.query(GRID, { from, to, groupBy: ["DEPARTMENT"] }, analyst);
    const departments = [...new Set(expected.map((r) => r.department))];
    expect(byDepartment.body.data.appealStatisticsGrid.map((c: any) => [c.keys, c.overdueOpen])).toEqual(
      departments.map((d) => [[d], expected.filter((r) => r.department === d).reduce((a, r) => a + r.overdue, 0)]),
    );
  });

  it("has no field that names an appeal or an applicant", async () => {
    const { body } = await city.query(`{ __type(name: "AppealStatCell") { fields { name } } }`);
    expect(body.data.__type.fields.map((f: any) => f.name).sort()).toEqual(
      [
        "answered",
        "answeredLate",
        "answeredOnTime",
        "department",
        "keys",
        "labels",
        "medianResponseDays",
        "open",
        "overdueOpen",
        "repeated",
        "total",
      ].sort(),
    );
  });

  it("refuses anonymous callers and citizens, and more than two or repeated dimensions", async () => {
    const refused = async (headers: Record<string, string>, groupBy = ["CATEGORY", "MONTH"]) => {
      const { body } = await city.query(GRID, { from, to, groupBy }, headers);
      return { data: body.data, errors: (body.errors ?? []).map((e: any) => [e.extensions.code, e.message]) };
    };
    expect(await refused({})).toEqual({
      data: null,
      errors: [["UNAUTHENTICATED", "Sign in to see appeal statistics"]],
    });
    expect(await refused(await staffHeaders("5", "3", "citizen"))).toEqual({
      data: null,
      errors: [["FORBIDDEN", "Appeal statistics are for managers, analysts and admins"]],
    });
    expect(await refused(analyst, ["CATEGORY", "MONTH", "TYPE"])).toEqual({
      data: null,
      errors: [["BAD_USER_INPUT", "groupBy takes one or two different dimensions, got [CATEGORY, MONTH, TYPE]"]],
    });
    expect(await refused(analyst, ["MONTH", "MONTH"])).toEqual({
      data: null,
      errors: [["BAD_USER_INPUT", "groupBy takes one or two different dimensions, got [MONTH, MONTH]"]],
    });
  });
});
