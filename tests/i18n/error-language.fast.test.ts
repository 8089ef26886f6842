import { contractOperation } from "../helpers/contract";
import { startLocalCity, type LocalCity } from "../helpers/local-city";

const SUBMIT = contractOperation("portal", "SubmitAppeal");

/** An appeal with three mistakes a citizen makes at once, and two fields right. */
const input = {
  idempotencyKey: "language-test-0001",
  type: "COMPLAINT",
  category: "housing",
  channel: "PORTAL",
  applicant: { fullName: "Іван", address: "вул. Київська, 1", email: "not-an-address", phone: "12" },
  subject: "Не працює ліфт",
  text: "Третій тиждень не працює ліфт у під'їзді № 2.",
};

const UKRAINIAN = [
  { field: "applicant.fullName", message: "Вкажіть повне ім'я заявника: прізвище та ім'я" },
  { field: "applicant.email", message: "Вкажіть адресу електронної пошти, наприклад name@example.com" },
  { field: "applicant.phone", message: "Вкажіть номер телефону, наприклад +380 44 123 45 67" },
];
const ENGLISH = [
  { field: "applicant.fullName", message: "fullName must be the applicant's full name (surname and name)" },
  { field: "applicant.email", message: "email must be an e-mail address such as name@example.com" },
  { field: "applicant.phone", message: "phone must be a phone number such as +380 44 123 45 67" },
];

/** The whole error a form gets: every invalid field at once, the first one also as field and message. */
const refusal = (fields: { field: string; message: string }[]) => ({
  data: null,
  errors: [
    {
      message: fields[0].message,
      path: ["submitAppeal"],
      extensions: {
        code: "BAD_USER_INPUT",
        field: fields[0].field,
        fields,
        serviceName: "appeals",
        requestId: expect.any(String),
      },
    },
  ],
});

describe("errors in the caller's language", () => {
  let city: LocalCity;
  const appeals = async () => (await city.db.query<{ n: string }>("SELECT count(*) AS n FROM appeals.appeal"))[0].n;
  beforeAll(async () => {
    city = await startLocalCity();
  });
  afterAll(() => city?.stop());

  it("are Ukrainian by default and list every invalid field at once, storing nothing", async () => {
    const before = await appeals();
    const { status, body } = await city.query(SUBMIT, { input }, { "accept-language": undefined });
    expect({ status, body }).toEqual({ status: 400, body: refusal(UKRAINIAN) });
    expect(await appeals()).toBe(before);
  });

  it("are Ukrainian for a browser that prefers it, English on Accept-Language: en, with the same codes", async () => {
    const uk = await city.query(SUBMIT, { input }, { "accept-language": "uk-UA,uk;q=0.9,en;q=0.8" });
    expect(uk.body).toEqual(refusal(UKRAINIAN));
    const en = await city.query(SUBMIT, { input }, { "accept-language": "en-GB,en;q=0.9" });
    expect(en.body).toEqual(refusal(ENGLISH));
    const other = await city.query(SUBMIT, { input }, { "accept-language": "de-DE" });
    expect(other.body).toEqual(refusal(UKRAINIAN));
  });

  it("cover a service's own rules and the gateway's limits", async () => {
    const unknownCategory = { ...input, category: "NO-SUCH", applicant: { ...input.applicant, ...VALID } };
    const category = await city.query(SUBMIT, { input: unknownCategory }, { "accept-language": undefined });
    expect(category.body.errors?.map((e) => [e.message, e.extensions?.code, e.extensions?.fields])).toEqual([
      [
        "Оберіть категорію зі списку: education, emergency, health, housing, information, roads, social",
        "BAD_USER_INPUT",
        [
          {
            field: "category",
            message: "Оберіть категорію зі списку: education, emergency, health, housing, information, roads, social",
          },
        ],
      ],
    ]);
    const aliases = Array.from({ length: 11 }, (_, i) => `a${i}: appealCategories { code }`).join(" ");
    const limit = await city.query(`{ ${aliases} }`, undefined, { "accept-language": undefined });
    expect(limit.body.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([
      ["Перевищено межу кореневих полів (10), знайдено 11", "QUERY_LIMIT"],
    ]);
  });
});

const VALID = { fullName: "Іван Петренко", email: "ivan@example.com", phone: "+380 44 123 45 67" };
