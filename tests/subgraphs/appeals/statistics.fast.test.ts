import { randomUUID } from "node:crypto";
import { startLocalCity, type LocalCity } from "../../helpers/local-city";
import { contractOperation } from "../../helpers/contract";
import { analystHeaders } from "../../helpers/tokens";

const SUBMIT = contractOperation("portal", "SubmitAppeal");
const COUNTERS = "total open overdue overdueOpen answeredLate answeredOnTime repeated medianResponseDays";
const DEPARTMENT = `{ department(id: "7") { appealStats { ${COUNTERS} } } }`;
const STATISTICS = `query ($from: DateTime!, $to: DateTime!) { appealStatistics(from: $from, to: $to, groupBy: DEPARTMENT) { key label answered ${COUNTERS} department { id name } } }`;

/**
 * Overdue means one thing everywhere: overdueOpen (open, past due) and answeredLate (answered on
 * a Kyiv day after the due date), from one SQL definition. Appeals of department 7 (which has
 * none in the demo city) with chosen dates, the figures worked out by hand:
 *   A received 10.01.2020, due 10.02, answered 05.02 08:00 UTC, closed     on time, 26 days
 *   B received 12.01.2020, due 12.02, answered 20.02, repeats A            late, 39 days
 *   C received 15.01.2020, due 15.02, in progress                          overdue open
 *   D received today, registered                                           open, not overdue, outside January 2020
 *   E received 25.01.2020, due 25.02, rejected                             neither
 *   F received 26.01 22:30 UTC (27.01 in Kyiv), due 26.02, answered 26.02 22:30 UTC (27.02 in Kyiv)   late, 31 days
 *   G received 26.01 08:00 UTC, due 26.02, answered 26.02 21:30 UTC (23:30 in Kyiv)                  on time, 31.5625 days
 * Median response of A, B, F, G: (31 + 31.5625) / 2 = 31.28 → 31.3.
 */
describe("appeal statistics", () => {
  let city: LocalCity;
  let analyst: Record<string, string>;
  beforeAll(async () => {
    city = await startLocalCity();
    analyst = await analystHeaders();
    const submit = async (name: string) => {
      const { body } = await city.query(SUBMIT, {
        input: {
          idempotencyKey: randomUUID(),
          type: "APPLICATION",
          category: "social",
          subject: "Питання для звіту",
          text: "Текст звернення для перевірки статистики.",
          applicant: { fullName: name, address: "м. Житомир, вул. Звітна, 1", email: `${randomUUID()}@example.com` },
        },
      });
      return body.data.submitAppeal.trackingCode as string;
    };
    const set = (code: string, status: string, received: string | null, due: string | null, answered: string | null) =>
      city.db.query(
        `UPDATE appeals.appeal SET department_id = 7, status = $2, received_at = coalesce($3::timestamptz, received_at), due_date = coalesce($4::date, due_date),
           answered_at = $5, answer_text = CASE WHEN $5::timestamptz IS NULL THEN NULL ELSE 'Відповідь надано.' END WHERE tracking_code = $1`,
        [code, status, received, due, answered],
      );
    const a = await submit("Марко Звітний");
    const b = await submit("Марко Звітний");
    await set(a, "CLOSED", "2020-01-10T08:00:00Z", "2020-02-10", "2020-02-05T08:00:00Z");
    await set(b, "ANSWERED", "2020-01-12T08:00:00Z", "2020-02-12", "2020-02-20T08:00:00Z");
    await set(await submit("Ніна Третя"), "IN_PROGRESS", "2020-01-15T08:00:00Z", "2020-02-15", null);
    await set(await submit("Олег Сьогоднішній"), "REGISTERED", null, null, null);
    await set(await submit("Павло Відхилений"), "REJECTED", "2020-01-25T08:00:00Z", "2020-02-25", null);
    await set(await submit("Рита Північна"), "ANSWERED", "2020-01-26T22:30:00Z", "2020-02-26", "2020-02-26T22:30:00Z");
    await set(await submit("Семен Вечірній"), "CLOSED", "2020-01-26T08:00:00Z", "2020-02-26", "2020-02-26T21:30:00Z");
  });
  afterAll(() => city?.stop());

  it("gives a department's figures worked out by hand", async () => {
    expect((await city.query(DEPARTMENT, undefined, analyst)).body).toEqual({
      data: {
        department: {
          appealStats: {
            total: 7,
            open: 2,
            overdue: 1,
            overdueOpen: 1,
            answeredLate: 2,
            answeredOnTime: 2,
            repeated: 1,
            medianResponseDays: 31.3,
          },
        },
      },
    });
  });

  it("gives the same counters for a period, the deprecated overdue keeping its old sum", async () => {
    const { body } = await city.query(
      STATISTICS,
      { from: "2020-01-01T00:00:00+02:00", to: "2020-02-01T00:00:00+02:00" },
      analyst,
    );
    expect(body).toEqual({
      data: {
        appealStatistics: [
          {
            key: "7",
            label: "Підрозділ 7",
            answered: 4,
            total: 6,
            open: 1,
            overdue: 3,
            overdueOpen: 1,
            answeredLate: 2,
            answeredOnTime: 2,
            repeated: 1,
            medianResponseDays: 31.3,
            department: { id: "7", name: "Департамент бюджету і фінансів" },
          },
        ],
      },
    });
  });

  it("agrees with the department view over all time", async () => {
    const { body } = await city.query(
      STATISTICS,
      { from: "2000-01-01T00:00:00Z", to: new Date(Date.now() + 86_400_000).toISOString() },
      analyst,
    );
    const row = body.data.appealStatistics.find((r: any) => r.key === "7");
    const { key: _k, label: _l, answered: _a, department: _d, overdue: _o, ...counters } = row;
    const { overdue: _old, ...stats } = (await city.query(DEPARTMENT, undefined, analyst)).body.data.department
      .appealStats;
    expect(counters).toEqual(stats);
  });
});
