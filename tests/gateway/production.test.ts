import { DEV_IDENTITY_SECRET } from "../../subgraphs/common/service-config";
import { postGraphQL, startCity, startGateway, type City } from "../helpers/city";

/** In production the gateway does not describe its schema to strangers. */
describe("gateway in production", () => {
  let city: City;
  let gateway: { url: string; stop(): Promise<void> };
  beforeAll(async () => {
    city = await startCity();
    // The subgraphs of the test city keep the development secret; so does this gateway, explicitly.
    gateway = await startGateway(
      city,
      { NODE_ENV: "production", IDENTITY_SECRET: "s3cret".repeat(8), JWT_SECRET: "jwt-s3cret".repeat(4) },
      { identitySecret: DEV_IDENTITY_SECRET },
    );
  });
  afterAll(async () => {
    await gateway?.stop();
    await city?.stop();
  });

  it("refuses introspection", async () => {
    const { body } = await postGraphQL(gateway.url, "{ __schema { types { name } } }");
    expect(body.errors?.[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(body.errors?.[0].message).toMatch(/introspection is not allowed/i);
  });

  it("does not suggest field names", async () => {
    const { body } = await postGraphQL(gateway.url, "{ departmnts { id } }");
    expect(body.errors?.map((e) => e.message)).toEqual([expect.not.stringMatching(/Did you mean/)]);
    const dev = await city.query("{ departmnts { id } }");
    expect(dev.body.errors?.[0].message).toMatch(/Did you mean "departments"/);
  });

  it("still answers the public graph", async () => {
    expect((await postGraphQL(gateway.url, "{ appealCategories { code } }")).body.data.appealCategories).toHaveLength(
      7,
    );
  });
});
