/** One hostile request: a raw body and content type, or a GraphQL query with variables. */
export interface HostileCase {
  name: string;
  body?: string | Buffer;
  contentType?: string | null;
  query?: string;
  variables?: Record<string, unknown>;
}

const SQL = [
  "' OR '1'='1",
  "1; DROP TABLE appeals.appeal; --",
  "\\'; SELECT pg_sleep(5); --",
  "%' UNION SELECT * FROM documents.staff --",
  "$1::text); DELETE FROM budget.budget_line; --",
];
const SCRIPT = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  "{{7*7}}${7*7}",
  "\u0000\u202e\ud83d\ude00",
];
const PAYLOADS = [...SQL, ...SCRIPT];

/** Text arguments reachable without a token, with where a payload goes. */
const TEXT_ARGUMENTS: [string, (v: string) => Pick<HostileCase, "query" | "variables">][] = [
  [
    "trackAppeal.trackingCode",
    (v) => ({ query: "query ($v: String!) { trackAppeal(trackingCode: $v) { status } }", variables: { v } }),
  ],
  [
    "publicDocuments.search",
    (v) => ({
      query: "query ($v: String) { publicDocuments(filter: { search: $v }, first: 5) { totalCount } }",
      variables: { v },
    }),
  ],
  [
    "tenders.search",
    (v) => ({
      query: "query ($v: String) { tenders(filter: { search: $v }, first: 5) { totalCount } }",
      variables: { v },
    }),
  ],
  [
    "tenders.ocid",
    (v) => ({
      query: "query ($v: String) { tenders(filter: { ocid: $v }, first: 5) { totalCount } }",
      variables: { v },
    }),
  ],
  [
    "tenders.cpv",
    (v) => ({
      query: "query ($v: String) { tenders(filter: { cpv: $v }, first: 5) { totalCount } }",
      variables: { v },
    }),
  ],
  [
    "tenders.after",
    (v) => ({ query: "query ($v: String) { tenders(first: 5, after: $v) { totalCount } }", variables: { v } }),
  ],
  ["department.id", (v) => ({ query: "query ($v: ID!) { department(id: $v) { name } }", variables: { v } })],
  ["tender.id", (v) => ({ query: "query ($v: ID!) { tender(id: $v) { title } }", variables: { v } })],
  ["document.id", (v) => ({ query: "query ($v: ID!) { document(id: $v) { registrationNumber } }", variables: { v } })],
  ["submitAppeal.category", (v) => submit({ category: v })],
  ["submitAppeal.applicant.email", (v) => submit({}, { email: v })],
  ["submitAppeal.applicant.phone", (v) => submit({}, { phone: v })],
  ["submitAppeal.subject (anonymous name)", (v) => submit({ subject: v }, { fullName: "" })],
  [
    "registerDocument.title (no token)",
    (v) => ({
      query:
        'mutation ($v: String!) { registerDocument(input: { kind: INCOMING, title: $v, departmentId: "1", accessLevel: PUBLIC }) { id } }',
      variables: { v },
    }),
  ],
];

function submit(
  over: Record<string, unknown>,
  applicant: Record<string, unknown> = {},
): Pick<HostileCase, "query" | "variables"> {
  return {
    query: "mutation ($i: SubmitAppealInput!) { submitAppeal(input: $i) { trackingCode } }",
    variables: {
      i: {
        idempotencyKey: `hostile-${Math.random().toString(36).slice(2)}`,
        type: "COMPLAINT",
        category: "roads",
        subject: "Тема звернення",
        text: "Текст звернення достатньої довжини.",
        applicant: {
          fullName: "Іван Іваненко",
          address: "м. Житомир, вул. Київська, 1",
          email: "not-an-email",
          ...applicant,
        },
        ...over,
      },
    },
  };
}

const DEEP = (n: number) => `{ department(id: "2") { ${"parent { ".repeat(n)}id${" }".repeat(n)} } }`;

/** The whole table: at least 200 cases. */
export const HOSTILE_CASES: HostileCase[] = [
  ...[
    "{",
    "[",
    "null",
    '"query"',
    '{"query": 5}',
    '{"query": null}',
    '{"query": "{ departments { id } }"} trailing',
    "",
    '{"variables": {}}',
    `${"[".repeat(5000)}${"]".repeat(5000)}`,
  ].map((body, i) => ({ name: `malformed JSON ${i}`, body })),
  { name: "invalid UTF-8", body: Buffer.from([0x7b, 0x22, 0x71, 0xff, 0xfe, 0x22, 0x7d]) },
  ...[
    "text/plain",
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=x",
    null,
    "application/graphql",
    "text/html",
  ].map((contentType) => ({
    name: `content type ${contentType}`,
    contentType,
    body: '{"query":"mutation { submitAppeal(input: {}) { trackingCode } }"}',
  })),
  {
    name: "2 MB body",
    body: JSON.stringify({ query: "{ departments { id } }", variables: { x: "a".repeat(2_000_000) } }),
  },
  { name: "huge subject", ...submit({ subject: "я".repeat(100_000) }) },
  {
    name: "huge search",
    query: "query ($v: String) { publicDocuments(filter: { search: $v }, first: 1) { totalCount } }",
    variables: { v: "пошук ".repeat(100_000) },
  },
  ...[20, 50, 200].map((n) => ({ name: `depth ${n}`, query: DEEP(n) })),
  { name: "alias bomb", query: `{ ${Array.from({ length: 500 }, (_, i) => `a${i}: departments { id }`).join(" ")} }` },
  { name: "field duplication bomb", query: `{ departments { ${"id ".repeat(20_000)} } }` },
  {
    name: "fragment cycle",
    query: "{ departments { ...A } } fragment A on Department { ...B } fragment B on Department { ...A }",
  },
  { name: "self fragment", query: "{ departments { ...A } } fragment A on Department { parent { ...A } }" },
  {
    name: "fragment bomb",
    query: `{ departments { ...F0 } } ${Array.from({ length: 12 }, (_, i) => `fragment F${i} on Department { parent { ...F${i + 1} } children { ...F${i + 1} } }`).join(" ")} fragment F12 on Department { id }`,
  },
  { name: "directive flood", query: `{ departments ${"@include(if: true) ".repeat(50)}{ id } }` },
  ...["-1", "0", "1e3", "abc", "99999999999", "1.5", "", " 1", "0x10", "١٢"].map((v) => ({
    name: `invalid id ${JSON.stringify(v)}`,
    query: "query ($v: ID!) { department(id: $v) { id } }",
    variables: { v },
  })),
  ...["@@@", "eyJ4IjoxfQ", "WyJhIl0", "W10", "null", "WzEsMiwzXQ"].map((v) => ({
    name: `invalid cursor ${v}`,
    query: "query ($v: String) { publicDocuments(first: 2, after: $v) { totalCount } }",
    variables: { v },
  })),
  ...[-1, -100, 101, 10_000, 2_147_483_647, 2_147_483_648, 1.5].map((v) => ({
    name: `first ${v}`,
    query: "query ($v: Int!) { tenders(first: $v) { totalCount } }",
    variables: { v },
  })),
  { name: "first literal too big", query: "{ tenders(first: 99999999999) { totalCount } }" },
  ...["BOGUS", "active", "", "ACTIVE; DROP"].map((v) => ({
    name: `wrong enum ${JSON.stringify(v)}`,
    query: "query ($v: TenderStatus) { tenders(filter: { status: $v }, first: 1) { totalCount } }",
    variables: { v },
  })),
  { name: "wrong enum literal", query: "{ tenders(filter: { status: BOGUS }, first: 1) { totalCount } }" },
  ...["yesterday", "2026-13-01T00:00:00Z", "2026-02-30", "0000-00-00", "'; --"].map((v) => ({
    name: `invalid DateTime ${v}`,
    query: "query ($v: DateTime) { publicDocuments(filter: { from: $v }, first: 1) { totalCount } }",
    variables: { v },
  })),
  ...[99999, -1, 1999, 2101].map((v) => ({
    name: `invalid year ${v}`,
    query: "query ($v: Int!) { budget(year: $v) { year } }",
    variables: { v },
  })),
  ...PAYLOADS.flatMap((payload) =>
    TEXT_ARGUMENTS.map(([arg, build]) => ({
      name: `${arg} ← ${JSON.stringify(payload).slice(0, 30)}`,
      ...build(payload),
    })),
  ),
];
