import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { composeSchemas } from "../../schema/compose";
import { SERVICES_MANIFEST } from "../../subgraphs/common/services-manifest";
import { citySubgraphs, SUBGRAPH_NAMES } from "../../subgraphs/registry";
import { parkingSubgraph } from "../fixtures/fifth-subgraph";
import { DEMO_ZONES } from "../fixtures/fifth-subgraph/seed";
import { postGraphQL } from "../helpers/city";
import type { TestDatabase } from "../helpers/database";
import { freePort } from "../helpers/free-port";
import { createPreparedDatabase } from "../helpers/prepared-database";
import { runStart, stopAllRuns, whenUp } from "./run-start";

/**
 * A fifth subgraph (tests/fixtures/fifth-subgraph: parking) added the way a department adds one,
 * its own folder and an entry in the registry's list (here citySubgraphs' `extra`, so the registry
 * file stays as it is): it composes with the four, `npm start` migrates, seeds and starts it, and
 * the gateway serves its field on Department, proxies its route and rate-limits its mutation,
 * all learnt from the composed supergraph and services manifest, with no gateway code changed.
 */
describe("a fifth subgraph", () => {
  const schemaDir = path.resolve(__dirname, "../../schema");
  let files: Record<string, string>;
  let dir: string;
  beforeAll(async () => {
    files = await composeSchemas(citySubgraphs([parkingSubgraph]));
    mkdirSync(path.resolve(__dirname, "../../.pgdata"), { recursive: true });
    dir = mkdtempSync(path.resolve(__dirname, "../../.pgdata/fifth-"));
    for (const [file, content] of Object.entries(files)) writeFileSync(path.join(dir, file), content);
  });
  afterEach(stopAllRuns);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("composes with the four, which print exactly as committed", () => {
    expect(files["supergraph.graphql"]).toContain(
      '@join__graph(name: "parking", url: "http://localhost:4005/graphql")',
    );
    expect(files["parking.graphql"]).toMatch(
      /type Department\s+[^{]*@key\(fields: "id"\)[^{]*\{\s*id: ID!\s*"""[^"]*"""\s*parkingZones: \[ParkingZone!\]!\s*\}/,
    );
    for (const name of SUBGRAPH_NAMES)
      expect(files[`${name}.graphql`]).toBe(readFileSync(path.join(schemaDir, `${name}.graphql`), "utf8"));
    expect(JSON.parse(files[SERVICES_MANIFEST]).subgraphs.at(-1)).toEqual({
      name: "parking",
      url: "http://localhost:4005/graphql",
      routes: ["/parking"],
      rateLimited: ["reportParkingProblem"],
    });
  });

  it("refuses a fifth subgraph that takes a port, name or route another has", () => {
    expect(() => citySubgraphs([{ ...parkingSubgraph, port: 4002 }])).toThrow("parking and appeals both use port 4002");
    expect(() => citySubgraphs([{ ...parkingSubgraph, name: "budget" }])).toThrow(
      "budget and budget both use the name budget",
    );
    expect(() =>
      citySubgraphs([
        { ...parkingSubgraph, routes: [{ prefix: "/files", router: parkingSubgraph.routes![0].router }] },
      ]),
    ).toThrow("parking and documents both use route /files");
    expect(() =>
      citySubgraphs([
        { ...parkingSubgraph, routes: [{ prefix: "/graphql", router: parkingSubgraph.routes![0].router }] },
      ]),
    ).toThrow("parking: route prefix /graphql is malformed or reserved");
  });

  describe("started by npm start", () => {
    let db: TestDatabase;
    let ports: Record<string, string>;
    beforeAll(async () => {
      // The four's demo city already migrated and seeded (a copy of the run's template): npm start
      // finds their migrations applied and their demo loaded, so what it migrates and seeds is parking's.
      db = await createPreparedDatabase("demo");
      ports = { GATEWAY_PORT: String(await freePort()) };
      for (const name of [...SUBGRAPH_NAMES, "parking"]) ports[`${name.toUpperCase()}_PORT`] = String(await freePort());
    });
    afterAll(() => db.drop());

    it("is migrated, seeded, started and served by the gateway: its field, its route, its rate limit", async () => {
      const env = {
        ...ports,
        DATABASE_URL: db.url,
        SUPERGRAPH_PATH: path.join(dir, "supergraph.graphql"),
        RATE_LIMIT_POINTS: "1",
      };
      const run = runStart(env, "dist/tests/fixtures/fifth-subgraph/start.js");
      await whenUp(run);
      const gateway = `http://127.0.0.1:${ports.GATEWAY_PORT}`;

      // One query across documents and parking, through the gateway.
      const zones = DEMO_ZONES.filter((z) => z.departmentId === 6).map(({ name, spaces }) => ({ name, spaces }));
      const answer = await postGraphQL(
        `${gateway}/graphql`,
        `{ department(id: "6") { code name parkingZones { name spaces } } }`,
      );
      expect(answer.body).toEqual({
        data: { department: { code: "12", name: "Управління житлово-комунального господарства", parkingZones: zones } },
      });

      // Its route, proxied by the gateway with the identity envelope like documents' /files.
      const route = await fetch(`${gateway}/parking/zones.json`);
      expect([route.status, await route.json()]).toEqual([200, DEMO_ZONES]);

      // Its mutation, limited per caller like submitAppeal (one point here).
      const report = `mutation { reportParkingProblem(zoneId: "1") }`;
      expect((await postGraphQL(`${gateway}/graphql`, report)).body).toEqual({ data: { reportParkingProblem: true } });
      const second = await postGraphQL(`${gateway}/graphql`, report);
      expect([second.status, second.body.errors?.[0].extensions.code]).toEqual([429, "RATE_LIMITED"]);

      run.child.kill("SIGINT");
      expect(await run.exited).toBe(0);
    });
  });
});
