import { contractOperation } from "../helpers/contract";
import {
  pageProblems,
  screenshot,
  seriousViolations,
  startPortalCity,
  type PortalCity,
} from "../helpers/portal-browser";
import { staffHeaders } from "../helpers/tokens";

/**
 * A citizen files an appeal on the portal, gets the receipt, and follows it to its answer, which
 * the council's staff give through the graph (assign, register the letter, answer).
 */
describe("the portal's appeal pages", () => {
  let portal: PortalCity;
  beforeAll(async () => {
    portal = await startPortalCity();
  });
  afterAll(() => portal?.stop());

  const appealCount = async () =>
    Number((await portal.city.db.query<{ n: string }>("SELECT count(*) AS n FROM appeals.appeal"))[0].n);
  let trackingCode: string;

  it("files an appeal: consent asked first, the server's field errors in Ukrainian at their fields, then a receipt", async () => {
    const before = await appealCount();
    const page = await portal.open("#/appeal", "phone");
    const category = page.getByLabel("Категорія");
    await category.waitFor();
    await page.getByLabel("скарга").check();
    await category.selectOption("roads");
    expect(await page.locator("#appeal-category-hint").textContent()).toBe("Строк розгляду: до 30 днів.");
    await page.getByLabel("Тема").fill("Яма на дорозі");
    await page
      .getByLabel("Текст звернення")
      .fill("На вулиці Київській біля будинку 5 глибока яма, прошу відремонтувати.");
    await page.getByLabel("Прізвище, ім'я, по батькові").fill("Олена Петренко");
    await page.getByLabel("Місце проживання").fill("м. Житомир, вул. Київська, 5");
    await page.getByLabel("Електронна пошта").fill("olena-at-example");
    await page.getByRole("button", { name: "Надіслати звернення" }).click();
    expect(await page.locator("#appeal-consent-error").textContent()).toBe(
      "Без згоди на обробку персональних даних звернення не можна зареєструвати.",
    );
    await page.getByLabel(/Даю згоду на обробку/).check();
    await page.getByRole("button", { name: "Надіслати звернення" }).click();
    const emailError = page.locator("#appeal-applicant-email-error");
    await emailError.waitFor();
    expect(await emailError.textContent()).toBe("Вкажіть адресу електронної пошти, наприклад name@example.com");
    expect(await page.getByLabel("Електронна пошта").getAttribute("aria-invalid")).toBe("true");
    expect(await page.evaluate("document.activeElement.id")).toBe("appeal-applicant-email");
    expect(await page.locator(".field-error").count()).toBe(1);
    expect(await appealCount()).toBe(before);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "appeal-errors");

    await page.getByLabel("Електронна пошта").fill("olena@example.com");
    await page.getByRole("button", { name: "Надіслати звернення" }).click();
    await page.locator("[data-receipt]").waitFor();
    trackingCode = (await page.locator("[data-field=trackingCode]").textContent())!;
    const [row] = await portal.city.db.query<any>(
      "SELECT registration_number, due_date::text AS due, category, applicant_email FROM appeals.appeal WHERE tracking_code = $1",
      [trackingCode],
    );
    expect(row).toMatchObject({ category: "roads", applicant_email: "olena@example.com" });
    expect(await page.locator("[data-field=registrationNumber]").textContent()).toBe(row.registration_number);
    expect(await page.locator("[data-field=dueDate]").textContent()).toBe(row.due.split("-").reverse().join("."));
    expect(await appealCount()).toBe(before + 1);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "appeal-receipt");
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("nav").isVisible()).toBe(false);
    expect(await page.getByRole("button", { name: "Друкувати квитанцію" }).isVisible()).toBe(false);
    await page.close();
  });

  it("files an appeal with the keyboard alone, every field reached by Tab in order", async () => {
    const page = await portal.open("#/appeal");
    await page.getByLabel("Категорія").waitFor();
    const focused = () => page.evaluate("document.activeElement.id || document.activeElement.textContent");
    await page.getByRole("link", { name: "Документи" }).focus();
    await page.keyboard.press("Tab"); // the type of appeal: one stop for the radio group
    await page.keyboard.press("ArrowDown"); // заява → скарга
    expect(await page.getByLabel("скарга").isChecked()).toBe(true);
    const typed: [string, string][] = [
      ["appeal-category", ""],
      ["appeal-subject", "Не працює ліхтар"],
      ["appeal-text", "Третій тиждень не світить ліхтар біля під'їзду."],
      ["appeal-applicant-fullName", "Петро Іваненко"],
      ["appeal-applicant-address", "м. Житомир, вул. Лесі Українки, 7"],
      ["appeal-applicant-email", "petro@example.com"],
      ["appeal-applicant-phone", ""],
    ];
    for (const [id, text] of typed) {
      await page.keyboard.press("Tab");
      expect(await focused()).toBe(id);
      if (id === "appeal-category") await page.keyboard.press("ArrowDown");
      else if (text) await page.keyboard.type(text);
    }
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("appeal-consent");
    await page.keyboard.press("Space");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.locator("[data-receipt]").waitFor();
    const code = await page.locator("[data-field=trackingCode]").textContent();
    const [row] = await portal.city.db.query<any>(
      "SELECT subject, applicant_full_name AS name FROM appeals.appeal WHERE tracking_code = $1",
      [code],
    );
    expect(row).toEqual({ subject: "Не працює ліхтар", name: "Петро Іваненко" });
    await page.close();
  });

  it("follows the appeal by its code to the answer and its letter's stamp", async () => {
    const [{ id }] = await portal.city.db.query<{ id: number }>(
      "SELECT id FROM appeals.appeal WHERE tracking_code = $1",
      [trackingCode],
    );
    const page = await portal.open("#/track");
    await page.getByLabel("Код відстеження з квитанції").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel("Код відстеження з квитанції").fill(trackingCode);
    await page.getByRole("button", { name: "Показати" }).click();
    await page.locator("[data-tracked]").waitFor();
    expect(await page.locator("[data-field=status]").textContent()).toBe("зареєстровано");
    expect(await page.locator("[data-answer]").count()).toBe(0);

    // Staff: the general office routes it, the department registers the letter, the executor answers.
    const clerk = await staffHeaders("3", "2", "clerk", "executor");
    const manager = await staffHeaders("9", "6", "manager");
    const executor = await staffHeaders("10", "6", "executor");
    const assigned = await portal.city.query(
      contractOperation("staff", "AssignAppeal"),
      { id: String(id), departmentId: "6", executorId: "10" },
      clerk,
    );
    expect(assigned.body.errors).toBeUndefined();
    const letter = await portal.city.query(
      contractOperation("staff", "RegisterDocument"),
      {
        input: {
          kind: "OUTGOING",
          title: "Відповідь щодо ями",
          departmentId: "6",
          accessLevel: "INTERNAL",
          fileIndex: "12-4",
        },
      },
      manager,
    );
    const answer = {
      text: "Яму буде відремонтовано до кінця місяця.",
      documentId: letter.body.data.registerDocument.id,
    };
    const answered = await portal.city.query(
      contractOperation("staff", "AnswerAppeal"),
      { id: String(id), input: answer },
      executor,
    );
    expect(answered.body.errors).toBeUndefined();

    await page.reload();
    await page.locator("[data-answer]").waitFor();
    const tracked = (await portal.city.query(contractOperation("portal", "TrackAppeal"), { trackingCode })).body.data
      .trackAppeal;
    expect(await page.locator("[data-field=status]").textContent()).toBe("надано відповідь");
    expect(await page.locator("[data-timeline] li").count()).toBe(tracked.timeline.length);
    const stamp = tracked.answer.document;
    expect(await page.locator("[data-answer]").textContent()).toContain("Яму буде відремонтовано до кінця місяця.");
    expect(await page.locator("[data-answer] .meta").textContent()).toContain(
      `лист № ${stamp.registrationNumber} від ${new Date(stamp.registeredAt).toLocaleDateString("uk-UA", { timeZone: "Europe/Kyiv" })}`,
    );
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "track-answered");
    expect(pageProblems(page)).toEqual([]);
    await page.close();
  });

  it("says so for an unknown tracking code", async () => {
    const page = await portal.open("#/track/NO-SUCH-CODE", "phone");
    const empty = page.locator(".state-empty");
    await empty.waitFor();
    expect(await empty.textContent()).toBe(
      "Звернення з кодом «NO-SUCH-CODE» не знайдено. Перевірте код у квитанції: його видають під час реєстрації звернення.",
    );
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "track-unknown");
    await page.close();
  });
});
