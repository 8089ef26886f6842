import { build, type Plugin } from "esbuild";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { parse, type OperationDefinitionNode } from "graphql";
import { persistedManifest } from "../schema/persisted-manifest";

/**
 * Builds the citizens' portal (portal/) into `outDir` (dist/portal by default): one JS bundle and
 * one stylesheet named by content hash under assets/ (so the gateway lets browsers keep them a
 * year), each with a gzip sibling, and index.html naming them. The GraphQL the portal sends is the
 * client contract itself: the operations of schema/operations/portal*.graphql as persisted
 * documents (id and text, schema/persisted-documents.ts), bundled as the virtual module "portal-operations".
 * Fails when the first page's JavaScript exceeds JS_BUDGET_BYTES compressed.
 */
export const JS_BUDGET_BYTES = 150 * 1024;

/** The project's root: the nearest folder above this file with a package.json (from src or dist). */
function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(path.join(dir, "package.json"))) dir = path.dirname(dir);
  return dir;
}

/** A persisted document of the contract: its id (the SHA-256 of its text) and the text. */
export interface PortalOperation {
  id: string;
  query: string;
}

/** Every operation of the portal's contract files, by name, as the persisted documents' manifest has it. */
export function portalOperations(root: string): Record<string, PortalOperation> {
  const names = new Set(
    ["portal.graphql", "portal-pages.graphql"].flatMap((file) =>
      parse(readFileSync(path.join(root, "schema/operations", file), "utf8"))
        .definitions.filter((d): d is OperationDefinitionNode => d.kind === "OperationDefinition")
        .map((op) => op.name!.value),
    ),
  );
  const operations: Record<string, PortalOperation> = {};
  for (const op of persistedManifest(path.join(root, "schema/operations")).operations)
    if (names.has(op.name)) operations[op.name] = { id: op.id, query: op.body };
  return operations;
}

const operationsModule = (operations: Record<string, PortalOperation>): Plugin => ({
  name: "portal-operations",
  setup(b) {
    b.onResolve({ filter: /^portal-operations$/ }, () => ({
      path: "portal-operations",
      namespace: "portal-operations",
    }));
    b.onLoad({ filter: /.*/, namespace: "portal-operations" }, () => ({
      contents: `export const OPERATIONS = ${JSON.stringify(operations)};`,
      loader: "js",
    }));
  },
});

export interface PortalBuild {
  outDir: string;
  /** Bytes of the first page's JavaScript, gzip-compressed. */
  jsGzipBytes: number;
}

export async function buildPortal(outDir = path.join(projectRoot(), "dist/portal")): Promise<PortalBuild> {
  const root = projectRoot();
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(path.join(outDir, "assets"), { recursive: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: { app: "portal/src/main.tsx", styles: "portal/src/styles.css" },
    bundle: true,
    minify: true,
    format: "esm",
    target: ["es2020"],
    jsx: "automatic",
    jsxImportSource: "preact",
    outdir: path.join(outDir, "assets"),
    entryNames: "[name]-[hash]",
    metafile: true,
    legalComments: "none",
    logLevel: "silent",
    plugins: [operationsModule(portalOperations(root))],
  });
  const outputs = Object.keys(result.metafile.outputs).map((file) => path.resolve(root, file));
  const named = (ext: string) => path.basename(outputs.find((file) => file.endsWith(ext))!);
  const html = readFileSync(path.join(root, "portal/index.html"), "utf8")
    .replace("{{styles}}", `/assets/${named(".css")}`)
    .replace("{{script}}", `/assets/${named(".js")}`);
  writeFileSync(path.join(outDir, "index.html"), html);
  let jsGzipBytes = 0;
  for (const file of [...outputs, path.join(outDir, "index.html")]) {
    const zipped = gzipSync(readFileSync(file), { level: 9 });
    writeFileSync(`${file}.gz`, zipped);
    if (file.endsWith(".js")) jsGzipBytes += zipped.length;
  }
  if (jsGzipBytes > JS_BUDGET_BYTES)
    throw new Error(`portal JavaScript is ${jsGzipBytes} bytes compressed, over the budget of ${JS_BUDGET_BYTES}`);
  return { outDir, jsGzipBytes };
}

// Silent on success, like tsc before it: `npm run token` and `npm run export:ocds` build first, and
// their standard output is what they print (a token, an OCDS package).
if (require.main === module) {
  buildPortal().then(
    () => undefined,
    (err: Error) => {
      process.stderr.write(`portal build failed: ${err.message}\n`);
      process.exit(1);
    },
  );
}
