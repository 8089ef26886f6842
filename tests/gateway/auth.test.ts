import { execFile } from "node:child_process";
import path from "node:path";
import { startCity, type City } from "../helpers/city";
import { bearer, signToken } from "../helpers/tokens";

/** The gateway verifies the caller's JWT and the subgraphs receive the identity. */
describe("caller identity", () => {
  let city: City;
  beforeAll(async () => {
    city = await startCity();
  });
  afterAll(() => city?.stop());

  const VIEWER = `{ viewer { authenticated roles departmentId department { code } staff { id fullName } } }`;

  it("treats a request without a token as anonymous", async () => {
    expect((await city.query(VIEWER)).body).toEqual({
      data: { viewer: { authenticated: false, roles: [], departmentId: null, department: null, staff: null } },
    });
  });

  it("passes a verified staff identity to the subgraphs", async () => {
    const token = await signToken({ roles: ["manager"], departmentId: "3" }, { sub: "4" });
    expect((await city.query(VIEWER, undefined, bearer(token))).body).toEqual({
      data: {
        viewer: {
          authenticated: true,
          roles: ["MANAGER"],
          departmentId: "3",
          department: { code: "06" },
          staff: { id: "4", fullName: "Наталія Шевчук" },
        },
      },
    });
  });

  it("gives a citizen no staff record even when the subject looks like a staff id", async () => {
    const token = await signToken({ roles: ["citizen"] }, { sub: "4" });
    expect((await city.query(VIEWER, undefined, bearer(token))).body.data.viewer).toEqual({
      authenticated: true,
      roles: ["CITIZEN"],
      departmentId: null,
      department: null,
      staff: null,
    });
  });

  const refused = async (authorization: string, message: string) => {
    const { status, body } = await city.query(VIEWER, undefined, { authorization });
    expect({
      status,
      codes: body.errors?.map((e) => e.extensions.code),
      message: body.errors?.[0].message,
      data: body.data,
    }).toEqual({
      status: 401,
      codes: ["UNAUTHENTICATED"],
      message: expect.stringContaining(message),
      data: undefined,
    });
  };

  it("refuses expired, forged, malformed and ill-claimed tokens with UNAUTHENTICATED", async () => {
    await refused(
      `Bearer ${await signToken({ roles: ["admin"] }, { sub: "1", exp: Math.floor(Date.now() / 1000) - 60 })}`,
      "Token has expired",
    );
    await refused(
      `Bearer ${await signToken({ roles: ["admin"] }, { sub: "1", secret: "not-the-gateway-secret" })}`,
      "Token is not valid: signature verification failed",
    );
    await refused(
      `Bearer ${await signToken({ roles: ["admin"] })}`,
      'Token is not valid: missing required "sub" claim',
    );
    await refused(
      `Bearer ${await signToken({ roles: ["mayor"] }, { sub: "1" })}`,
      "Token claim roles must be a list of citizen, clerk, executor, manager, analyst, admin",
    );
    await refused(
      `Bearer ${await signToken({ roles: ["clerk"], departmentId: "x; drop" }, { sub: "1" })}`,
      "Token claim departmentId must be a department id",
    );
    await refused("Bearer not-a-jwt", "Authorization must be 'Bearer <JWT>'");
    await refused("Basic dXNlcjpwYXNz", "Authorization must be 'Bearer <JWT>'");
  });

  // Asynchronous on purpose: the script calls the gateway that runs in this very process.
  const token = (...args: string[]) =>
    new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
      const script = path.resolve(__dirname, "../../dist/scripts/token.js");
      execFile(process.execPath, [script, ...args, "--gateway", city.url], (err, stdout, stderr) =>
        resolve({ status: err ? Number(err.code) : 0, stdout, stderr }),
      );
    });

  it("npm run token prints a working token for a role in a department of the running city", async () => {
    const ok = await token("--role", "executor", "--department", "5");
    expect([ok.status, ok.stderr]).toEqual([0, ""]);
    const { body } = await city.query(VIEWER, undefined, bearer(ok.stdout.trim()));
    expect(body.data.viewer).toEqual({
      authenticated: true,
      roles: ["EXECUTOR"],
      departmentId: "5",
      department: { code: "08" },
      staff: { id: "8", fullName: "Марія Олійник" },
    });
    const byCode = await token("--role", "executor", "--department-code", "08");
    expect([byCode.status, byCode.stderr]).toEqual([0, ""]);
    expect((await city.query(VIEWER, undefined, bearer(byCode.stdout.trim()))).body.data.viewer.departmentId).toBe("5");
    const missing = await token("--role", "analyst", "--department", "3");
    expect([missing.status, missing.stderr]).toEqual([
      1,
      "token: nobody in department 06 (id 3) holds analyst; pass --sub <staff id>\n",
    ]);
    const codeAsId = await token("--role", "manager", "--department", "06");
    expect([codeAsId.status, codeAsId.stderr]).toEqual([
      1,
      "token: no department with id 06; 06 is the code of department 3: pass --department 3 or --department-code 06\n",
    ]);
    const unknown = await token("--role", "manager", "--department-code", "77");
    expect([unknown.status, unknown.stderr]).toEqual([
      1,
      "token: no department with code 77; ids (codes): 1 (02), 2 (02-05), 3 (06), 4 (07), 5 (08), 6 (12), 7 (37)\n",
    ]);
    const both = await token("--role", "manager", "--department", "3", "--department-code", "06");
    expect([both.status, both.stderr]).toEqual([
      1,
      "token: a staff token needs one of --department <id> or --department-code <code> (e.g. --department 6)\n",
    ]);
    const citizen = await token("--role", "citizen", "--sub", "citizen-42");
    const viewer = await city.query(VIEWER, undefined, bearer(citizen.stdout.trim()));
    expect(viewer.body.data.viewer).toEqual({
      authenticated: true,
      roles: ["CITIZEN"],
      departmentId: null,
      department: null,
      staff: null,
    });
  });
});
