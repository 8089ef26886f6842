import { parseArgs } from "node:util";
import { SignJWT } from "jose";
import { loadGatewayConfig } from "../gateway/config";
import { ROLES, type Role } from "../subgraphs/common/identity";

/**
 * `npm run token -- --role manager --department 6`: prints a development token (HS256 with the
 * gateway's JWT_SECRET) for a member of staff of the running city: the first one in the
 * department who holds the role, found through the gateway. The department is named by its id, as
 * the graph and the token's `departmentId` name it, or by the code people use
 * (`--department-code 12`). `--role citizen [--sub id]` gives a citizen's token.
 * Options: --ttl (e.g. 8h, default 8h), --sub, --gateway URL.
 */
interface DepartmentRow {
  id: string;
  code: string;
  staff: { id: string; fullName: string; roles: string[] }[];
}

/** Signs a token with the gateway's secret, as an identity provider would. */
const sign = (claims: Record<string, unknown>, sub: string, ttl: string, secret: string) =>
  new SignJWT(claims)
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(sub)
    .setIssuedAt()
    .setExpirationTime(ttl)
    .sign(new TextEncoder().encode(secret));

/**
 * Departments with their staff and roles. Roles are shown to staff only, so the script asks as a
 * short-lived analyst of its own (it holds the secret anyway).
 */
async function departments(gateway: string, secret: string): Promise<DepartmentRow[]> {
  const lookup = await sign({ roles: ["analyst"] }, "npm-run-token", "60s", secret);
  const response = await fetch(gateway, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${lookup}` },
    body: JSON.stringify({ query: "{ departments { id code staff { id fullName roles } } }" }),
  }).catch(() => null);
  if (response?.status === 401)
    throw new Error(`the gateway at ${gateway} refuses tokens signed with this JWT_SECRET; run with the gateway's`);
  if (!response?.ok) throw new Error(`cannot reach the gateway at ${gateway}; start the city first (npm start)`);
  return ((await response.json()) as { data: { departments: DepartmentRow[] } }).data.departments;
}

/** The department named by id or by code, or an error that lists what there is. */
function findDepartment(all: DepartmentRow[], id?: string, code?: string): DepartmentRow {
  const found = all.find((d) => (id === undefined ? d.code === code : d.id === id));
  if (found) return found;
  const byCode = id === undefined ? undefined : all.find((d) => d.code === id);
  if (byCode)
    throw new Error(
      `no department with id ${id}; ${id} is the code of department ${byCode.id}: pass --department ${byCode.id} or --department-code ${id}`,
    );
  const list = all.map((d) => `${d.id} (${d.code})`).join(", ");
  throw new Error(`no department with ${id === undefined ? `code ${code}` : `id ${id}`}; ids (codes): ${list}`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      role: { type: "string", multiple: true },
      department: { type: "string" },
      "department-code": { type: "string" },
      sub: { type: "string" },
      ttl: { type: "string", default: "8h" },
      gateway: { type: "string" },
    },
  });
  const config = loadGatewayConfig();
  const roles = (values.role ?? []).flatMap((r) => r.split(",")).map((r) => r.trim().toLowerCase());
  const unknown = roles.filter((r) => !(ROLES as readonly string[]).includes(r));
  if (roles.length === 0 || unknown.length > 0) throw new Error(`--role must be one or more of ${ROLES.join(", ")}`);
  let sub = values.sub ?? "citizen-demo";
  let departmentId: string | undefined;
  if (!roles.includes("citizen")) {
    if ((values.department === undefined) === (values["department-code"] === undefined))
      throw new Error("a staff token needs one of --department <id> or --department-code <code> (e.g. --department 6)");
    const all = await departments(values.gateway ?? `http://localhost:${config.port}/graphql`, config.auth.jwtSecret);
    const department = findDepartment(all, values.department, values["department-code"]);
    const member = department.staff.find((s) => roles.every((r) => s.roles.includes(r.toUpperCase())));
    if (!values.sub && !member)
      throw new Error(
        `nobody in department ${department.code} (id ${department.id}) holds ${roles.join(" and ")}; pass --sub <staff id>`,
      );
    sub = values.sub ?? member!.id;
    departmentId = department.id;
  }
  const token = await sign(
    { roles: roles as Role[], ...(departmentId ? { departmentId } : {}) },
    sub,
    values.ttl!,
    config.auth.jwtSecret,
  );
  process.stdout.write(`${token}\n`);
}

main().catch((err: Error) => {
  process.stderr.write(`token: ${err.message}\n`);
  process.exit(1);
});
