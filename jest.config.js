/**
 * Jest runs the TypeScript tests directly; `npm test` type-checks and builds first (tsc) and runs
 * every file. Two tiers: `*.fast.test.ts` start no server and no process (the city in-process,
 * tests/helpers/local-city.ts, or none): `npm run test:fast`; the other `*.test.ts` start the
 * city on loopback ports (tests/helpers/city.ts) or processes, for what only HTTP and processes show.
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  globalSetup: "<rootDir>/tests/helpers/global-setup.ts",
  globalTeardown: "<rootDir>/tests/helpers/global-teardown.ts",
  testTimeout: 120000,
  maxWorkers: 2,
};
