import "reflect-metadata";
import { withSubgraphDatabase } from "./subgraph-database";
import { writeFileSync } from "node:fs";
import { procurementSubgraph } from "../subgraphs/procurement";
import { exportReleasePackage } from "../subgraphs/procurement/ocds/ocds-export";
import { importOcdsFiles } from "../subgraphs/procurement/ocds/ocds-import";

async function main(): Promise<void> {
  const [command, ...args] = process.argv.slice(2);
  if (command === "export") {
    const pkg = await withSubgraphDatabase(procurementSubgraph, "ocds", (db) =>
      exportReleasePackage(db, "http://localhost:4000/ocds/releases.json"),
    );
    const json = JSON.stringify(pkg, null, 2);
    if (args[0]) writeFileSync(args[0], json);
    else process.stdout.write(`${json}\n`);
    return;
  }
  if (command !== "import" || args.length === 0)
    throw new Error("usage: npm run import:ocds -- <package.json>... | npm run export:ocds [-- <out.json>]");
  const summaries = await withSubgraphDatabase(procurementSubgraph, "ocds", (db) =>
    importOcdsFiles(db, args, (m) => process.stderr.write(`${m}\n`)),
  );
  for (const s of summaries) {
    for (const p of s.problems)
      process.stderr.write(`problem: ${p.file} ${p.ocid ?? ""} ${p.releaseId ?? ""} ${p.field ?? ""}: ${p.why}\n`);
    process.stdout.write(`${s.file}: ${s.processes} processes imported, ${s.problems.length} problems\n`);
  }
  process.exitCode = summaries.some(
    (s) => s.processes === 0 && s.problems.some((p) => p.why.startsWith("cannot be read")),
  )
    ? 1
    : 0;
}

main().catch((err: Error) => {
  process.stderr.write(`ocds: ${err.message}\n`);
  process.exit(1);
});
