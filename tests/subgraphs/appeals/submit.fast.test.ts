import { appealDueDate } from "../../../subgraphs/appeals/services/due-date";
import { kyivDate } from "../../../subgraphs/common/calendar";
import { startLocalCity, type LocalCity } from "../../helpers/local-city";
import { contractOperation } from "../../helpers/contract";

const SUBMIT = contractOperation("portal", "SubmitAppeal");
const TRACK = contractOperation("portal", "TrackAppeal");
const CODE_RE = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/;

const input = (key: string, over: Record<string, unknown> = {}, applicant: Record<string, unknown> = {}) => ({
  idempotencyKey: key,
  type: "COMPLAINT",
  category: "roads",
  subject: "Не працює світлофор",
  text: "На перехресті вулиць Київської та Перемоги третій день не працює світлофор.",
  applicant: {
    fullName: "Тетяна Нестеренко",
    address: "м. Житомир, вул. Київська, 10, кв. 3",
    email: "t.nesterenko@example.com",
    phone: "+380 67 765 43 21",
    ...applicant,
  },
  ...over,
});

/** Citizens file appeals through the gateway, anonymously, and follow them by code. */
describe("submitting and tracking an appeal", () => {
  let city: LocalCity;
  const count = async () =>
    Number((await city.db.query<{ n: string }>("SELECT count(*) AS n FROM appeals.appeal"))[0].n);
  beforeAll(async () => {
    city = await startLocalCity();
  });
  afterAll(() => city?.stop());

  it("registers at once with a number, an unguessable code and the art. 20 due date", async () => {
    const before = new Date();
    const { body } = await city.query(SUBMIT, { input: input("key-receipt-1") });
    const receipt = body.data.submitAppeal;
    const [{ n }] = await city.db.query<{ n: number }>(
      "SELECT last_number AS n FROM appeals.registration_counter WHERE year = $1",
      [Number(kyivDate(before).slice(0, 4))],
    );
    expect(body).toEqual({
      data: {
        submitAppeal: {
          trackingCode: expect.stringMatching(CODE_RE),
          registrationNumber: `З-${n}/${kyivDate(before).slice(0, 4)}`,
          status: "REGISTERED",
          receivedAt: expect.any(String),
          dueDate: appealDueDate(new Date(receipt.receivedAt), 30),
        },
      },
    });
    expect(new Date(receipt.receivedAt).getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    const info = await city.query(SUBMIT, { input: input("key-receipt-2", { category: "information" }) });
    expect(info.body.data.submitAppeal.dueDate).toBe(
      appealDueDate(new Date(info.body.data.submitAppeal.receivedAt), 15),
    );
  });

  it("returns the same receipt for the same idempotencyKey, also sent concurrently, and stores one appeal", async () => {
    const before = await count();
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => city.query(SUBMIT, { input: input("key-idem-concurrent") })),
    );
    const receipts = answers.map((a) => a.body.data.submitAppeal);
    expect(new Set(receipts.map((r) => JSON.stringify(r))).size).toBe(1);
    expect(await count()).toBe(before + 1);
    const again = await city.query(SUBMIT, { input: input("key-idem-concurrent") });
    expect(again.body.data.submitAppeal).toEqual(receipts[0]);
    const changed = await city.query(SUBMIT, {
      input: input("key-idem-concurrent", { subject: "Інша тема звернення" }),
    });
    expect(changed.body.errors?.map((e) => [e.extensions.code, e.extensions.field, e.message])).toEqual([
      [
        "CONFLICT",
        "idempotencyKey",
        "idempotencyKey was already used for a different appeal; choose a new key for a new appeal",
      ],
    ]);
    expect(await count()).toBe(before + 1);
  });

  it("numbers 50 concurrent submissions without a collision or a gap", async () => {
    const year = kyivDate(new Date()).slice(0, 4);
    const [{ n: start }] = await city.db.query<{ n: number }>(
      "SELECT last_number AS n FROM appeals.registration_counter WHERE year = $1",
      [Number(year)],
    );
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) => city.query(SUBMIT, { input: input(`key-burst-${i}`) })),
    );
    const numbers = answers
      .map((a) => Number(/^З-(\d+)\//.exec(a.body.data.submitAppeal.registrationNumber)![1]))
      .sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => start + 1 + i));
    expect(new Set(answers.map((a) => a.body.data.submitAppeal.trackingCode)).size).toBe(50);
  });

  it.each([
    [
      "a missing full name",
      input("key-bad-1", {}, { fullName: "" }),
      "applicant.fullName",
      "fullName must be 3 to 200 characters",
    ],
    [
      "a name without surname",
      input("key-bad-2", {}, { fullName: "Тетяна" }),
      "applicant.fullName",
      "fullName must be the applicant's full name (surname and name)",
    ],
    [
      "a missing residence",
      input("key-bad-3", {}, { address: "" }),
      "applicant.address",
      "address must be the place of residence, 5 to 300 characters",
    ],
    [
      "no way to answer",
      input("key-bad-4", {}, { email: null, phone: null }),
      "applicant.email",
      "An e-mail or a phone is required to answer an appeal filed by portal, e-mail or hotline",
    ],
    [
      "a bad e-mail",
      input("key-bad-5", {}, { email: "tetiana@" }),
      "applicant.email",
      "email must be an e-mail address such as name@example.com",
    ],
    [
      "a bad phone",
      input("key-bad-6", {}, { phone: "call me" }),
      "applicant.phone",
      "phone must be a phone number such as +380 44 123 45 67",
    ],
    [
      "a text over 10,000 characters",
      input("key-bad-7", { text: "а".repeat(10_001) }),
      "text",
      "text must be 10 to 10000 characters",
    ],
    [
      "an unknown category",
      input("key-bad-8", { category: "weather" }),
      "category",
      "category must be one of education, emergency, health, housing, information, roads, social",
    ],
    [
      "a bad latitude",
      input("key-bad-9", { location: { latitude: 123 } }),
      "location.latitude",
      "location.latitude must be between -90 and 90",
    ],
  ])("refuses %s with BAD_USER_INPUT naming the field, storing nothing", async (_what, bad, field, message) => {
    const before = await count();
    const { body } = await city.query(SUBMIT, { input: bad });
    expect(body).toEqual({
      data: null,
      errors: [
        { message, path: ["submitAppeal"], extensions: expect.objectContaining({ code: "BAD_USER_INPUT", field }) },
      ],
    });
    expect(await count()).toBe(before);
  });

  it("shows the citizen where the appeal is, and no personal data through any field", async () => {
    const applicant = {
      fullName: "Оксана Дмитренко",
      address: "м. Житомир, вул. Довженка, 55, кв. 18",
      email: "oksana.d@example.com",
      phone: "+380 93 765 00 11",
    };
    const { body } = await city.query(SUBMIT, {
      input: input("key-track-1", { text: "Прошу встановити лавки у сквері біля будинку." }, applicant),
    });
    const receipt = body.data.submitAppeal;
    const tracked = await city.query(TRACK, { trackingCode: receipt.trackingCode.toLowerCase() });
    expect(tracked.body).toEqual({
      data: {
        trackAppeal: {
          ...receipt,
          category: "roads",
          department: null,
          timeline: [
            {
              status: "REGISTERED",
              at: receipt.receivedAt,
              note: `Звернення зареєстровано за № ${receipt.registrationNumber}`,
            },
          ],
          answer: null,
        },
      },
    });
    const text = JSON.stringify(tracked.body);
    for (const value of [...Object.values(applicant), "лавки"]) expect(text).not.toContain(value);
  });

  it("answers an unknown or malformed code with null, in the same shape", async () => {
    for (const code of ["7K3M-Q9XD-2HPA-WT5R", "nonsense", "' OR 1=1 --"]) {
      expect((await city.query(TRACK, { trackingCode: code })).body).toEqual({ data: { trackAppeal: null } });
    }
  });
});
