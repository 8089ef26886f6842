import { kyivYear } from "../../subgraphs/common/calendar";
import { SUBGRAPH_NAMES, type SubgraphName } from "../../subgraphs/registry";
import { postGraphQL, startCity, startGateway, type City } from "../helpers/city";
import { contractOperation } from "../helpers/contract";
import { restartSubgraph, startDatabaseRelay, startSilentServer, stopSubgraph } from "../helpers/outage";
import { byPath, databaseDown, tooSlow, unavailable, without, type Path } from "../helpers/partial-answer";
import { analystHeaders } from "../helpers/tokens";

const HOME = contractOperation("portal", "PortalHome");
const SCORECARD = contractOperation("dashboards", "DepartmentScorecard");
const SUBMIT = contractOperation("portal", "SubmitAppeal");
/**
 * Each subgraph killed in turn: the portal's home and a department's scorecard still answer with
 * everything the other subgraphs know, null where the dead one was asked, and one
 * SERVICE_UNAVAILABLE error with its path and a retry hint for each field it left unanswered.
 */
describe("answers with a subgraph down", () => {
  let city: City;
  let headers: Record<string, string>;
  const vars = { home: { year: kyivYear() }, scorecard: { id: "6", year: kyivYear() } };
  const full = { home: undefined as any, scorecard: undefined as any };
  const ask = async () => ({
    home: (await city.query(HOME, vars.home)).body,
    scorecard: (await city.query(SCORECARD, vars.scorecard, headers)).body,
  });

  beforeAll(async () => {
    city = await startCity();
    headers = await analystHeaders();
    const answers = await ask();
    full.home = answers.home.data;
    full.scorecard = answers.scorecard.data;
    // The baseline is whole: no errors, and every part the cases below take away is there.
    expect([answers.home.errors, answers.scorecard.errors]).toEqual([undefined, undefined]);
    expect(full.home.activeTenders.edges.length).toBeGreaterThan(0);
    expect(full.home.budget.byDepartment.length).toBeGreaterThan(0);
    expect(full.scorecard.department.budgetSummary).not.toBeNull();
  });
  afterAll(() => city?.stop());

  /** What each outage empties: [data paths set to null, error paths] for the home and the scorecard. */
  const expected: Record<SubgraphName, () => { home: [Path[], Path[]]; scorecard: [Path[], Path[]] }> = {
    documents: () => {
      const entities = (list: any[], at: (i: number) => Path, field: (node: any) => any) =>
        list.flatMap((node, i) => (field(node) ? [at(i)] : []));
      const tenders = entities(
        full.home.activeTenders.edges,
        (i) => ["activeTenders", "edges", i, "node", "procuringEntity"],
        (e) => e.node.procuringEntity,
      );
      const organizers = entities(
        full.home.openCompetitions.edges,
        (i) => ["openCompetitions", "edges", i, "node", "organizer"],
        (e) => e.node.organizer,
      );
      const departments = entities(
        full.home.budget.byDepartment,
        (i) => ["budget", "byDepartment", i, "department"],
        (d) => d.department,
      );
      const referenced = [...tenders, ...organizers, ...departments];
      return {
        home: [
          [...referenced, ["latestDecisions"]],
          [...referenced.map((p) => [...p, "name"]), ["latestDecisions"]],
        ],
        scorecard: [[["department"]], [["department"]]],
      };
    },
    appeals: () => ({
      home: [[], []],
      scorecard: [[["department", "appealStats"]], [["department", "appealStats"]]],
    }),
    procurement: () => ({
      home: [
        [["activeTenders"], ["openCompetitions"]],
        [["activeTenders"], ["openCompetitions"]],
      ],
      scorecard: [[["department", "tenders"]], [["department", "tenders"]]],
    }),
    budget: () => ({
      home: [[["budget"]], [["budget"]]],
      scorecard: [[["department", "budgetSummary"]], [["department", "budgetSummary"]]],
    }),
  };

  it.each(SUBGRAPH_NAMES)("%s down", async (name) => {
    await stopSubgraph(city, name);
    try {
      const answers = await ask();
      const { home, scorecard } = expected[name]();
      const errors = (paths: Path[]) => (paths.length ? byPath(paths.map((p) => unavailable(name, p))) : undefined);
      expect({ ...answers.home, errors: answers.home.errors && byPath(answers.home.errors) }).toEqual({
        data: without(full.home, home[0]),
        errors: errors(home[1]),
      });
      expect({ ...answers.scorecard, errors: answers.scorecard.errors && byPath(answers.scorecard.errors) }).toEqual({
        data: without(full.scorecard, scorecard[0]),
        errors: errors(scorecard[1]),
      });
    } finally {
      await restartSubgraph(city, name);
    }
    // Back up, it answers in full again.
    expect(await ask()).toEqual({ home: { data: full.home }, scorecard: { data: full.scorecard } });
  });

  it("a mutation for a subgraph that is down: SERVICE_UNAVAILABLE on it, safe to send again", async () => {
    const input = {
      idempotencyKey: "outage-submit-1",
      type: "PROPOSAL",
      category: "roads",
      subject: "Пішохідний перехід біля школи",
      text: "Просимо облаштувати пішохідний перехід біля школи № 5 на вулиці Небесної Сотні.",
      applicant: {
        fullName: "Олег Мельник",
        address: "м. Житомир, вул. Небесної Сотні, 7",
        phone: "+380 50 111 22 33",
      },
    };
    const count = async () =>
      (await city.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM appeals.appeal`))[0].n;
    const before = await count();
    await stopSubgraph(city, "appeals");
    try {
      expect((await city.query(SUBMIT, { input })).body).toEqual({
        data: null,
        errors: [unavailable("appeals", ["submitAppeal"])],
      });
    } finally {
      await restartSubgraph(city, "appeals");
    }
    expect(await count()).toBe(before);
    // The retry the hint asks for registers it, once.
    const retried = await city.query(SUBMIT, { input });
    expect([retried.body.errors, retried.body.data.submitAppeal.status, await count()]).toEqual([
      undefined,
      "REGISTERED",
      before + 1,
    ]);
  });

  it("a subgraph whose database goes away answers SERVICE_UNAVAILABLE on its fields, not an internal error", async () => {
    const relay = await startDatabaseRelay(city.db.url);
    await stopSubgraph(city, "budget");
    await restartSubgraph(city, "budget", relay.url);
    try {
      expect((await ask()).scorecard).toEqual({ data: full.scorecard });
      await relay.cut();
      const answers = await ask();
      expect(answers.scorecard).toEqual({
        data: without(full.scorecard, [["department", "budgetSummary"]]),
        errors: [unavailable("budget", ["department", "budgetSummary"], databaseDown)],
      });
      expect(answers.home).toEqual({
        data: without(full.home, [["budget"]]),
        errors: [unavailable("budget", ["budget"], databaseDown)],
      });
      // In the city's language unless the caller asks for English: the subgraph translates after it masks.
      const inUkrainian = await city.query(SCORECARD, vars.scorecard, { ...headers, "accept-language": undefined });
      expect(inUkrainian.body.errors).toEqual([
        unavailable(
          "budget",
          ["department", "budgetSummary"],
          "Ця частина відповіді недоступна: її база даних зараз недосяжна; спробуйте ще раз за 5 с",
        ),
      ]);
    } finally {
      await stopSubgraph(city, "budget");
      await restartSubgraph(city, "budget");
    }
  });

  it("a subgraph whose database hangs answers SERVICE_UNAVAILABLE within its 5 s connect timeout", async () => {
    const relay = await startDatabaseRelay(city.db.url);
    await stopSubgraph(city, "budget");
    await restartSubgraph(city, "budget", relay.url);
    try {
      relay.stall();
      // Within the gateway's 10 s: the subgraph itself gives up on its database and says so.
      expect((await city.query(SCORECARD, vars.scorecard, headers)).body).toEqual({
        data: without(full.scorecard, [["department", "budgetSummary"]]),
        errors: [unavailable("budget", ["department", "budgetSummary"], databaseDown)],
      });
    } finally {
      await stopSubgraph(city, "budget");
      await restartSubgraph(city, "budget");
      await relay.cut();
    }
  });

  it("a subgraph slower than SUBGRAPH_TIMEOUT_MS: its fields SERVICE_UNAVAILABLE, the rest in time", async () => {
    const silent = await startSilentServer();
    const gateway = await startGateway(city, {
      SUBGRAPH_TIMEOUT_MS: "300",
      BUDGET_URL: silent.url,
    });
    try {
      // Without the gateway's time limit this request would wait for the silent subgraph for ever.
      expect(await postGraphQL(gateway.url, SCORECARD, vars.scorecard, headers)).toEqual({
        status: 200,
        headers: expect.anything(),
        body: {
          data: without(full.scorecard, [["department", "budgetSummary"]]),
          errors: [unavailable("budget", ["department", "budgetSummary"], tooSlow("budget"))],
        },
      });
    } finally {
      await gateway.stop();
      await silent.stop();
    }
  });
});
