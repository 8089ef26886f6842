import { SUBGRAPH_NAMES } from "../../subgraphs/registry";
import { bodyHash, signEnvelope } from "../../subgraphs/common/envelope";
import { ANONYMOUS } from "../../subgraphs/common/identity";
import { DEV_IDENTITY_SECRET } from "../../subgraphs/common/service-config";
import { postGraphQL, startCity, type City } from "../helpers/city";

/** Nobody can skip the gateway: every subgraph refuses requests not signed by it. */
describe("subgraphs called directly", () => {
  let city: City;
  beforeAll(async () => {
    city = await startCity();
  });
  afterAll(() => city?.stop());

  const ENTITIES = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Department { id } } }`;
  const REFUSED = (message: string) => ({
    status: 401,
    body: {
      errors: [
        {
          message: `${message}: subgraphs answer only requests signed by the gateway`,
          extensions: { code: "UNAUTHENTICATED" },
        },
      ],
    },
  });

  const signed = (target: string, query: string, variables: unknown, secret = DEV_IDENTITY_SECRET, now = Date.now()) =>
    signEnvelope(
      ANONYMOUS,
      "r1",
      secret,
      { method: "POST", target, path: "/graphql", bodySha256: bodyHash(JSON.stringify({ query, variables })) },
      now,
    );

  it.each(SUBGRAPH_NAMES)("%s refuses _service and _entities without a valid envelope", async (name) => {
    const url = city.subgraphs[name].url;
    const vars = { r: [{ __typename: "Department", id: "1" }] };
    for (const [query, variables] of [
      [`{ _service { sdl } }`, undefined],
      [ENTITIES, vars],
    ] as const) {
      const missing = await postGraphQL(url, query, variables);
      expect({ status: missing.status, body: missing.body }).toEqual(REFUSED("Missing identity envelope"));
      const forged = await postGraphQL(url, query, variables, signed(name, query, variables, "guessed-secret"));
      expect({ status: forged.status, body: forged.body }).toEqual(REFUSED("Invalid identity signature"));
      const stale = await postGraphQL(
        url,
        query,
        variables,
        signed(name, query, variables, DEV_IDENTITY_SECRET, Date.now() - 120_000),
      );
      expect({ status: stale.status, body: stale.body }).toEqual(
        REFUSED("Stale identity envelope (check that the gateway's and this host's clocks agree)"),
      );
    }
    const health = await fetch(new URL("/health", url));
    expect([health.status, await health.json()]).toEqual([200, { status: "ok", service: name }]);
  });

  it("answers a request signed with the shared secret", async () => {
    const variables = {
      r: [
        { __typename: "Department", id: "2" },
        { __typename: "Department", id: "1" },
      ],
    };
    const { status, body } = await postGraphQL(
      city.subgraphs.documents.url,
      ENTITIES,
      variables,
      signed("documents", ENTITIES, variables),
    );
    expect({ status, body }).toEqual({ status: 200, body: { data: { _entities: [{ id: "2" }, { id: "1" }] } } });
  });
});
