import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/** A tab GraphiQL opens with (its `defaultTabs`). */
export interface GraphiQLTab {
  query: string;
  headers?: string;
}

/** The client operations, one tab per client, each with a line saying who calls it. */
const CLIENTS = [
  ["portal", "# The citizens' portal: anonymous, no token needed."],
  [
    "staff",
    "# The council's staff tools: put a staff token under Headers (`npm run token -- --role clerk --department 1`).",
  ],
  [
    "dashboards",
    "# Integrators' dashboards: managers and analysts (`npm run token -- --role analyst --department 4`), some parts public.",
  ],
] as const;

/**
 * What GraphiQL opens with, read once at start from the schema folder beside the supergraph:
 * the README's department query (`examples/department.graphql`) first, then the operations the
 * first clients ship with (`operations/<client>.graphql`). Missing files are left out, so a
 * deployment without them still serves GraphiQL.
 */
export function graphiqlTabs(schemaDir: string): GraphiQLTab[] {
  const read = (file: string) =>
    existsSync(path.join(schemaDir, file)) ? readFileSync(path.join(schemaDir, file), "utf8") : null;
  const tabs: GraphiQLTab[] = [];
  const example = read("examples/department.graphql");
  if (example) tabs.push({ query: example });
  for (const [client, intro] of CLIENTS) {
    const operations = read(`operations/${client}.graphql`);
    if (operations) tabs.push({ query: `${intro}\n\n${operations}` });
  }
  return tabs;
}
