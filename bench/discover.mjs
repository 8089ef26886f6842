// Values that exist in the seeded city, for the operations' variables (operations.json "{name}"),
// and the operations' texts and tokens. Staff tokens are signed as `npm run token` signs them.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse, print } from "graphql";
import { SignJWT } from "jose";

const root = path.resolve(import.meta.dirname, "..");

export const sign = (claims, sub, secret) =>
  new SignJWT(claims)
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(sub)
    .setIssuedAt()
    .setExpirationTime("2h")
    .sign(new TextEncoder().encode(secret));

/** Each contract operation's text by name. */
export function contractOperations() {
  const texts = {};
  for (const file of ["portal", "staff", "dashboards"]) {
    const doc = parse(readFileSync(path.join(root, `schema/operations/${file}.graphql`), "utf8"));
    for (const def of doc.definitions) texts[def.name.value] = print(def);
  }
  return texts;
}

/** `value` with every "{name}" replaced from `values` (a whole "{name}" keeps the value's type). */
export function fill(value, values) {
  if (typeof value === "string") {
    const whole = value.match(/^\{(\w+)\}$/);
    if (whole) return values[whole[1]];
    return value.replace(/\{(\w+)\}/g, (_, k) => String(values[k]));
  }
  if (Array.isArray(value)) return value.map((v) => fill(v, values));
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, values)]));
  return value;
}

async function ask(url, query, variables, token) {
  const headers = { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) };
  const res = await fetch(url, { method: "POST", headers, body: JSON.stringify({ query, variables }) });
  const body = await res.json();
  if (body.errors) throw new Error(`discovery: ${body.errors[0].message}`);
  return body.data;
}

/** Finds the values through our gateway at `url`; creates an appeal, a document and a resolution to work on. */
export async function discover(url, secret, texts, runId) {
  const admin = await sign({ roles: ["analyst", "admin"] }, "bench", secret);
  const seen = await ask(
    url,
    "{ budgetYears appealCategories { code } departments { id staff { id roles } } tenders(first: 1) { edges { node { id } } } publicDocuments(first: 1) { edges { node { title } } } appeals(filter: { status: [REGISTERED, ASSIGNED] }, first: 50) { edges { node { id department { id } } } } }",
    {},
    admin,
  );
  // An open appeal in a department with a manager: the staff operations work on it.
  const managed = seen.departments.filter((d) => d.staff.some((s) => s.roles.includes("MANAGER")));
  const appeal = seen.appeals.edges.map((e) => e.node).find((a) => managed.some((d) => d.id === a.department?.id));
  const department = managed.find((d) => d.id === appeal?.department.id) ?? managed[0];
  const manager = department.staff.find((s) => s.roles.includes("MANAGER"));
  const staff = (roles) => sign({ roles, departmentId: department.id }, manager.id, secret);
  const year = Math.max(...seen.budgetYears);
  const values = {
    runId,
    year,
    yearStart: `${year}-01-01T00:00:00Z`,
    yearEnd: `${year}-12-31T23:59:59Z`,
    category: seen.appealCategories[0].code,
    departmentId: department.id,
    staffId: manager.id,
    tenderId: seen.tenders.edges[0].node.id,
    documentWord: seen.publicDocuments.edges[0].node.title.split(/\s+/).find((w) => w.length >= 4) ?? "рішення",
    extendedDueDate: new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10),
  };
  const submit = {
    input: {
      ...fill(
        {
          idempotencyKey: "bench-track-{runId}",
          type: "COMPLAINT",
          category: "{category}",
          subject: "Яма на дорозі",
          text: "Яма біля зупинки.",
          applicant: { fullName: "Бенч Тест", address: "вул. Тестова, 2", email: "bench@example.org" },
        },
        values,
      ),
    },
  };
  values.trackingCode = (await ask(url, texts.SubmitAppeal, submit)).submitAppeal.trackingCode;
  values.appealId = appeal?.id;
  const doc = await ask(
    url,
    texts.RegisterDocument,
    fill(
      { input: { kind: "INCOMING", title: "Лист", departmentId: "{departmentId}", accessLevel: "INTERNAL" } },
      values,
    ),
    await staff(["clerk"]),
  );
  values.documentId = doc.registerDocument.id;
  const resolution = await ask(
    url,
    texts.AddResolution,
    fill(
      {
        documentId: "{documentId}",
        input: { text: "Розглянути", executorIds: ["{staffId}"], dueDate: "{extendedDueDate}", onControl: false },
      },
      values,
    ),
    await staff(["manager"]),
  );
  values.resolutionId = resolution.addResolution.id;
  return { values, staff };
}
