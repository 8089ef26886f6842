import "reflect-metadata";
import { composeServices } from "@apollo/composition";
import { printSubgraphSchema } from "@apollo/subgraph";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse } from "graphql";
import { SUBGRAPH_NAMES, SUBGRAPH_PORTS } from "../subgraphs/common/config";
import { buildFederatedSchema } from "../subgraphs/common/federation";
import { SUBGRAPHS } from "../subgraphs/registry";

/**
 * Prints each subgraph's SDL from code and composes the supergraph statically (no network, no
 * database). Returns file name → content for `schema/`.
 */
export async function composeSchemas(): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  const services = [];
  for (const name of SUBGRAPH_NAMES) {
    const sdl = printSubgraphSchema(await buildFederatedSchema(SUBGRAPHS[name]));
    files[`${name}.graphql`] = `${sdl.trim()}\n`;
    services.push({ name, url: `http://localhost:${SUBGRAPH_PORTS[name]}/graphql`, typeDefs: parse(sdl) });
  }
  const result = composeServices(services);
  if (result.errors) throw new Error(`Composition failed:\n${result.errors.map((e) => `- ${e.message}`).join("\n")}`);
  files["supergraph.graphql"] = result.supergraphSdl;
  return files;
}

/** Names of the files in `dir` that differ from `files` (missing files count as different). */
export function staleFiles(dir: string, files: Record<string, string>): string[] {
  return Object.entries(files)
    .filter(([file, content]) => !existsSync(path.join(dir, file)) || readFileSync(path.join(dir, file), "utf8") !== content)
    .map(([file]) => path.join(path.basename(dir), file));
}

async function main(): Promise<void> {
  const dir = path.resolve(process.cwd(), "schema");
  const files = await composeSchemas();
  if (process.argv.includes("--check")) {
    const stale = staleFiles(dir, files);
    if (stale.length > 0) {
      process.stderr.write(`schema:check: ${stale.join(", ")} differ from the code; run npm run schema:compose and commit\n`);
      process.exit(1);
    }
    process.stdout.write("schema:check: schema/ matches the code and composes\n");
    return;
  }
  for (const [file, content] of Object.entries(files)) writeFileSync(path.join(dir, file), content);
  process.stdout.write(`schema:compose: wrote ${Object.keys(files).map((f) => `schema/${f}`).join(", ")}\n`);
}

if (require.main === module) {
  main().catch((err: Error) => {
    process.stderr.write(`schema: ${err.message}\n`);
    process.exit(1);
  });
}
