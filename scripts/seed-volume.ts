import "reflect-metadata";
import { parseArgs } from "node:util";
import { createLogger } from "../subgraphs/common/logger";
import { citySubgraphs } from "../subgraphs/registry";
import { ensureDatabase, startEmbeddedPostgres, withDatabase, type EmbeddedServer } from "./embedded-postgres";
import { prepareDatabase } from "./prepare-database";
import { loadStartConfig } from "./start-config";
import { seedCityVolume } from "./volume/city-volume";

/**
 * `npm run seed:volume -- --scale N`: the demo city (loaded first if it is not there) plus a city
 * at scale N for benchmarks: at scale 1, 100,000 appeals, 50,000 documents with resolutions,
 * 20,000 tenders with awards and contracts, five years of budget lines with months. The database
 * is the one `npm start` uses: DATABASE_URL, or the embedded server's in DATA_DIR.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { scale: { type: "string", default: "1" } } });
  const scale = Number(values.scale);
  if (!(scale > 0 && scale <= 50))
    throw new Error(`--scale must be a number above 0 and at most 50 (e.g. 1, 0.1 or 10), got "${values.scale}"`);
  const subgraphs = citySubgraphs();
  const config = loadStartConfig(process.env, subgraphs);
  const log = createLogger("seed-volume", config.logLevel);
  let pg: EmbeddedServer | undefined;
  try {
    let url = config.databaseUrl;
    if (!url) {
      pg = await startEmbeddedPostgres(config.dataDir, config.pgPort, { persistent: true });
      await ensureDatabase(pg.url, "emisto");
      url = withDatabase(pg.url, "emisto");
    }
    await prepareDatabase(url, "demo", log, subgraphs);
    const started = Date.now();
    const written = await seedCityVolume(url, scale, subgraphs, log);
    process.stdout.write(
      written.length
        ? `seed:volume: scale ${scale} written (${written.join(", ")}) in ${Math.round((Date.now() - started) / 1000)} s\n`
        : `seed:volume: scale ${scale} was already there; nothing written\n`,
    );
  } finally {
    await pg?.stop();
  }
}

main().catch((err: Error) => {
  process.stderr.write(`seed:volume: ${err.message}\n`);
  process.exit(1);
});
