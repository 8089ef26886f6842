import { startLocalCity, type LocalCity } from "../helpers/local-city";
import { kyivYear } from "../helpers/demo-city";
import { analystHeaders } from "../helpers/tokens";

/**
 * A list of departments with fields from the three other subgraphs costs a fixed number of
 * SQL statements per subgraph, however many departments there are (DataLoader batching).
 */
describe("batching across subgraphs", () => {
  let city: LocalCity;
  beforeAll(async () => {
    city = await startLocalCity();
  });
  afterAll(() => city?.stop());

  const QUERY = `query ($year: Int!) {
    departments {
      id
      appealStats { total overdue }
      tenders(first: 2) { totalCount edges { node { id title procuringEntity { id code } } } }
      budgetSummary(year: $year) { approved executed }
    }
  }`;

  async function statementsFor(): Promise<Record<string, number>> {
    city.resetSql();
    const { body } = await city.query(QUERY, { year: kyivYear() }, await analystHeaders());
    expect(body.errors).toBeUndefined();
    return Object.fromEntries(Object.entries(city.sql).map(([name, list]) => [name, list.length]));
  }

  it("does not grow with the number of departments", async () => {
    // documents: the list, then one _entities batch for the tenders' procuring entities;
    // appeals: one grouped statistics query; procurement: a windowed page query and a count;
    // budget: one grouped sum.
    const expected = { documents: 2, appeals: 1, procurement: 2, budget: 1 };
    expect(await statementsFor()).toEqual(expected);

    for (let i = 0; i < 30; i++) {
      const [{ id }] = await city.db.query<{ id: number }>(
        `INSERT INTO documents.department (code, name) VALUES ($1, $2) RETURNING id`,
        [`50-${String(i).padStart(2, "0")}`, `Тестовий відділ ${i}`],
      );
      await city.db.query(
        `INSERT INTO procurement.tender (ocid, title, status, procuring_entity_id, value_amount) VALUES ($1, 'Тендер', 'active', $2, 1000)`,
        [`ocds-abc123-test-${i}`, id],
      );
      await city.db.query(
        `INSERT INTO appeals.appeal (registration_year, registration_seq, registration_number, tracking_code, type, channel, category, subject, text,
           applicant_full_name, applicant_address, status, department_id, received_at, due_date)
         VALUES (1999, $3, $1, $1, 'PROPOSAL', 'PORTAL', 'roads', 'Тема', 'Текст звернення', 'Тест Тестович', 'Адреса', 'REGISTERED', $2, now(), current_date + 30)`,
        [`T-${i}`, id, i + 1],
      );
    }
    const { body } = await city.query(`{ departments { id } }`);
    expect(body.data.departments).toHaveLength(37);
    expect(await statementsFor()).toEqual(expected);
  });
});
