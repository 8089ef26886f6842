import "reflect-metadata";
import { composeServices } from "@apollo/composition";
import { printSubgraphSchema } from "@apollo/subgraph";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse, type GraphQLSchema } from "graphql";
import { defaultSubgraphUrl } from "../subgraphs/common/config";
import type { SubgraphDefinition } from "../subgraphs/common/definition";
import { buildFederatedSchema } from "../subgraphs/common/federation";
import { SERVICES_MANIFEST, servicesManifest } from "../subgraphs/common/services-manifest";
import { citySubgraphs } from "../subgraphs/registry";
import { PERSISTED_DOCUMENTS, persistedManifest } from "./persisted-manifest";

/** Fails naming a rate-limited mutation the subgraph declares but does not have. */
function checkRateLimited(def: SubgraphDefinition, schema: GraphQLSchema): void {
  const mutations = schema.getMutationType()?.getFields() ?? {};
  const missing = (def.rateLimited ?? []).filter((name) => !(name in mutations));
  if (missing.length > 0)
    throw new Error(`${def.name} declares rateLimited ${missing.join(", ")}, but has no such mutation`);
}

/**
 * Prints each subgraph's SDL from code, composes the supergraph statically (no network, no
 * database) and writes the gateway's services manifest, all from `subgraphs` (the registry's), and
 * the persisted documents of the client contract (schema/operations).
 * Returns file name → content for `schema/`.
 */
export async function composeSchemas(
  subgraphs: readonly SubgraphDefinition[] = citySubgraphs(),
  operationsDir = path.resolve("schema", "operations"),
): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  const services = [];
  for (const def of subgraphs) {
    const schema = await buildFederatedSchema(def);
    checkRateLimited(def, schema);
    const sdl = printSubgraphSchema(schema);
    files[`${def.name}.graphql`] = `${sdl.trim()}\n`;
    services.push({ name: def.name, url: defaultSubgraphUrl(def.port), typeDefs: parse(sdl) });
  }
  const result = composeServices(services);
  if (result.errors) throw new Error(`Composition failed:\n${result.errors.map((e) => `- ${e.message}`).join("\n")}`);
  files["supergraph.graphql"] = result.supergraphSdl;
  files[SERVICES_MANIFEST] = servicesManifest(subgraphs);
  files[PERSISTED_DOCUMENTS] = manifestFile(operationsDir);
  return files;
}

/** The persisted documents' manifest as committed: the contract's operations, JSON. */
const manifestFile = (operationsDir: string): string =>
  `${JSON.stringify(persistedManifest(operationsDir), null, 2)}\n`;

/** Names of the files in `dir` that differ from `files` (missing files count as different). */
export function staleFiles(dir: string, files: Record<string, string>): string[] {
  return Object.entries(files)
    .filter(
      ([file, content]) => !existsSync(path.join(dir, file)) || readFileSync(path.join(dir, file), "utf8") !== content,
    )
    .map(([file]) => path.join(path.basename(dir), file));
}

async function main(): Promise<void> {
  const dir = path.resolve(process.cwd(), "schema");
  if (process.argv.includes("--persisted")) {
    // npm run persisted:manifest: only the client contract's persisted documents.
    writeFileSync(path.join(dir, PERSISTED_DOCUMENTS), manifestFile(path.join(dir, "operations")));
    process.stdout.write(`persisted:manifest: wrote schema/${PERSISTED_DOCUMENTS}\n`);
    return;
  }
  const files = await composeSchemas();
  if (process.argv.includes("--check")) {
    const stale = staleFiles(dir, files);
    if (stale.length > 0) {
      process.stderr.write(
        `schema:check: ${stale.join(", ")} differ from the code; run npm run schema:compose and commit\n`,
      );
      process.exit(1);
    }
    process.stdout.write("schema:check: schema/ matches the code and composes\n");
    return;
  }
  for (const [file, content] of Object.entries(files)) writeFileSync(path.join(dir, file), content);
  process.stdout.write(
    `schema:compose: wrote ${Object.keys(files)
      .map((f) => `schema/${f}`)
      .join(", ")}\n`,
  );
}

if (require.main === module) {
  main().catch((err: Error) => {
    process.stderr.write(`schema: ${err.message}\n`);
    process.exit(1);
  });
}
