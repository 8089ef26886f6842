import { readFileSync } from "node:fs";
import path from "node:path";
import { startCity, type City } from "../../helpers/city";
import { releasePackageValidator } from "../../helpers/ocds-schema";
import { bearer, signToken } from "../../helpers/tokens";

const DATA = path.resolve(__dirname, "../../fixtures");
const DEFECT =
  '"https://raw.githubusercontent.com/openprocurement/ocds_pendingCancellation_extension/master/extension.json<Paste>" is not a URI (kept, not used)';

/** OCDS over HTTP: the export route through the gateway's port, the import mutation (rules: ocds.fast.test.ts). */
describe("OCDS route", () => {
  let city: City;
  beforeAll(async () => {
    city = await startCity();
  });
  afterAll(() => city?.stop());

  it("serves the export on the gateway's port and imports through an admin-only mutation", async () => {
    const response = await fetch(`${city.base}/ocds/releases.json`);
    const pkg = (await response.json()) as { uri: string; releases: unknown[] };
    expect([response.status, pkg.uri, releasePackageValidator()(pkg)]).toEqual([
      200,
      `http://127.0.0.1:${new URL(city.base).port}/ocds/releases.json`,
      true,
    ]);
    const mutation = `mutation ($p: String!) { importOcds(package: $p) { processes problems { field why } } }`;
    const text = readFileSync(path.join(DATA, "prozorro-ocds-sample", "releases-10.json"), "utf8");
    const admin = bearer(await signToken({ roles: ["admin"], departmentId: "1" }, { sub: "1" }));
    expect((await city.query(mutation, { p: text }, admin)).body.data.importOcds).toEqual({
      processes: 10,
      problems: [{ field: "extensions[8]", why: DEFECT }],
    });
    const manager = bearer(await signToken({ roles: ["manager"], departmentId: "6" }, { sub: "9" }));
    expect((await city.query(mutation, { p: text }, manager)).body.errors?.map((e: any) => e.extensions.code)).toEqual([
      "FORBIDDEN",
    ]);
    expect(
      (await city.query(mutation, { p: "{not json" }, admin)).body.errors?.map((e: any) => e.extensions.code),
    ).toEqual(["BAD_USER_INPUT"]);
  });
});
