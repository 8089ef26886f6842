import { contractOperation } from "../helpers/contract";
import { restartSubgraph, stopSubgraph } from "../helpers/outage";
import {
  pageProblems,
  screenshot,
  seriousViolations,
  startPortalCity,
  type PortalCity,
} from "../helpers/portal-browser";

const BUDGET = contractOperation("portal-pages", "PortalBudget");
const money = (amount: string) => `${Number(amount).toLocaleString("uk-UA", { minimumFractionDigits: 2 })} грн`;

/** The budget page in chromium: a year's figures, chart and tables as the graph gives them. */
describe("the portal's budget page", () => {
  let portal: PortalCity;
  beforeAll(async () => {
    portal = await startPortalCity();
  });
  afterAll(() => portal?.stop());

  it("shows the year's totals, monthly chart, programmes and groups, each figure as the graph gives it", async () => {
    const year = new Date().getFullYear();
    const { body } = await portal.city.query(BUDGET, { year });
    const budget = body.data.budget;
    const page = await portal.open(`#/budget?year=${year}`);
    await page.locator("[data-totals]").waitFor();
    expect(await page.locator("[data-totals] [data-figure=executed]").textContent()).toBe(
      money(budget.totals.executed),
    );
    const programs = page.locator("#budget-programs tbody tr");
    expect(await programs.count()).toBe(budget.byProgram.length);
    const first = budget.byProgram[0];
    expect(await programs.first().locator("th, td").allTextContents()).toEqual([
      `${first.program.code} ${first.program.name}`,
      money(first.approved),
      money(first.amended),
      money(first.executed),
    ]);
    expect(await page.locator("#budget-groups tbody tr").count()).toBe(budget.byEconomicGroup.length);
    // The monthly sums, made of every line's months page by page, end where the year's total stands.
    const months = page.locator("#budget-months tbody tr");
    await months.first().waitFor();
    const lastRow = await months.last().locator("td").allTextContents();
    expect(lastRow[2]).toBe(money(budget.totals.executed));
    expect(await page.locator("[data-part=months] svg[role=img]").count()).toBe(1);
    expect(await page.locator("#budget-yoy tbody tr").count()).toBe(2);
    const csv = await page.getByRole("link", { name: `Усі рядки бюджету ${year} (CSV)` }).getAttribute("href");
    expect(csv).toBe(`/budget/lines.csv?year=${year}`);
    const download = await fetch(`${portal.city.base}${csv}`);
    expect([download.status, download.headers.get("content-type")]).toEqual([200, "text/csv; charset=utf-8"]);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "budget-desktop");
    expect(pageProblems(page)).toEqual([]);
    await page.close();
  });

  it("switches the year with the picker, and says when a year has no budget", async () => {
    const { body } = await portal.city.query(BUDGET, { year: 2000 });
    const [, previous] = body.data.budgetYears;
    const expected = (await portal.city.query(BUDGET, { year: previous })).body.data.budget;
    const page = await portal.open("#/budget", "phone");
    await page.locator("[data-totals]").waitFor();
    await page.getByLabel("Рік").selectOption(String(previous));
    await page.waitForURL(new RegExp(`year=${previous}$`));
    // The page shows the year before until the new answer comes: wait for the new figure.
    await page.locator("[data-figure=executed]", { hasText: money(expected.totals.executed) }).waitFor();
    await page.locator("#budget-months, [data-part=months] .state-empty").first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "budget-phone");
    await page.goto(`${portal.city.base}/#/budget?year=2000`);
    await page.locator(".state-empty").waitFor();
    expect(await page.locator(".state-empty").textContent()).toBe(
      "Бюджет на 2000 рік не оприлюднено. Оберіть інший рік.",
    );
    await page.close();
  });

  it("says the budget is unavailable while its subgraph is down, and the rest of the portal works", async () => {
    await stopSubgraph(portal.city, "budget");
    try {
      const page = await portal.open("#/budget");
      const alert = page.locator("[role=alert]").first();
      await alert.waitFor();
      expect(await alert.textContent()).toBe(
        "Ця частина зараз недоступна: служба, що її надає, не відповідає. Решта порталу працює; спробуйте за кілька секунд.",
      );
      await screenshot(page, "budget-down");
      await page.getByRole("link", { name: "Закупівлі" }).first().click();
      await page.locator("[data-tenders] li").first().waitFor();
      await page.close();
    } finally {
      await restartSubgraph(portal.city, "budget");
    }
  });
});
