/**
 * Lets each Jest worker load the TypeScript sources as they are (jest.config.js's setupFiles).
 * jest-light-runner loads a test file with import(): the hook below hands every project `.ts`
 * file to Node's CommonJS loader, where @swc-node/register compiles it with tsconfig.json's
 * settings (decorators and their metadata included, as type-graphql and TypeORM need). Types
 * are not checked here: `npm test` runs tsc over the tests before Jest.
 */
require("@swc-node/register");
const { register } = require("node:module");

const commonJsTypeScript = `
export async function load(url, context, next) {
  if (url.startsWith("file:") && /\\.ts(\\?|$)/.test(url)) return { format: "commonjs", shortCircuit: true };
  return next(url, context);
}`;
register(`data:text/javascript,${encodeURIComponent(commonJsTypeScript)}`);
