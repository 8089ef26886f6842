/**
 * Jest runs the TypeScript tests directly (tests/helpers/typescript.cjs); `npm test` type-checks
 * and builds first (tsc) and runs every file. Two tiers: `*.fast.test.ts` start no server and no
 * process (the city in-process, tests/helpers/local-city.ts, or none): `npm run test:fast`; the
 * other `*.test.ts` start the city on loopback ports (tests/helpers/city.ts) or processes, for
 * what only HTTP and processes show.
 *
 * jest-light-runner runs each file in a worker as plain Node does, without Jest's per-file module
 * registry: a worker loads the gateway, the subgraphs and their libraries once for all the files
 * it runs (loading them again for every file was most of the fast tier's time). Files in one
 * worker therefore share modules and globals: a test leaves no module state or process.env
 * changed behind it, and mocks nothing by module (jest.mock is not available).
 */
module.exports = {
  runner: "jest-light-runner",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts"],
  setupFiles: ["<rootDir>/tests/helpers/typescript.cjs"],
  // Only for globalSetup and globalTeardown, which Jest itself loads.
  transform: { "^.+\\.ts$": "@swc/jest" },
  globalSetup: "<rootDir>/tests/helpers/global-setup.ts",
  globalTeardown: "<rootDir>/tests/helpers/global-teardown.ts",
  testTimeout: 120000,
  maxWorkers: 2,
};
