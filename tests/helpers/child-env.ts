/**
 * The environment of a process a test starts: ours, less the machine-wide services this test run
 * was pointed at, plus `env`. The test server's DATABASE_URL would make `npm start` skip its
 * embedded server; the shared REDIS_URL would carry other tests' and earlier runs' rate-limit
 * buckets into the process (10 submissions per 600 s from 127.0.0.1), and refuse its appeals.
 * A test that means either service names it in `env`.
 */
export function childEnv(env: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { DATABASE_URL: _database, REDIS_URL: _redis, ...inherited } = process.env;
  return { ...inherited, ...env };
}
