import { execFile } from "node:child_process";
import path from "node:path";
import type { TestDatabase } from "../../helpers/database";
import { createPreparedDatabase } from "../../helpers/prepared-database";
import { childEnv } from "../../helpers/child-env";

/** The import as a command (a process of its own, from the build: `npm test` builds first). */
describe("npm run import:openbudget", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createPreparedDatabase("demo");
  });
  afterAll(() => db?.drop());

  it("names what it could not read", async () => {
    const script = path.resolve(__dirname, "../../../dist/scripts/import-openbudget.js");
    const run = (...files: string[]) =>
      new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
        execFile(
          process.execPath,
          [script, ...files],
          { env: childEnv({ DATABASE_URL: db.url }) },
          (err, stdout, stderr) => resolve({ code: err ? Number(err.code) : 0, stdout, stderr }),
        ),
      );
    const missing = await run("/nonexistent/expenses.csv");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^problem: \/nonexistent\/expenses\.csv {2}cannot be read: ENOENT/m);
    const none = await run();
    expect([none.code, none.stderr]).toEqual([
      1,
      "import:openbudget: name one or more CSV files: npm run import:openbudget -- expenses.csv incomes.csv\n",
    ]);
  });
});
