import "reflect-metadata";
import type { SubgraphDefinition } from "../subgraphs/common/definition";
import { createLogger } from "../subgraphs/common/logger";
import { citySubgraphs } from "../subgraphs/registry";
import {
  assertReachable,
  ensureDatabase,
  startEmbeddedPostgres,
  withDatabase,
  type EmbeddedServer,
} from "./embedded-postgres";
import { prepareDatabase } from "./prepare-database";
import { assertPortFree, spawnService, stopService, waitReady, type Service } from "./processes";
import { loadStartConfig } from "./start-config";

/**
 * `npm start`: the whole city on one machine. Embedded PostgreSQL unless DATABASE_URL is set,
 * migrations, the demo city once (SEED=demo), a process for each of `subgraphs` (the registry's;
 * a test adds a fixture subgraph) and the gateway, each waited for until ready. SIGINT/SIGTERM
 * stop the gateway, then the subgraphs, then PostgreSQL. Any failure prints one line naming its
 * cause and leaves no process behind.
 */
export async function startWholeCity(subgraphs: readonly SubgraphDefinition[] = citySubgraphs()): Promise<void> {
  const config = loadStartConfig(process.env, subgraphs);
  const log = createLogger("start", config.logLevel);
  const services: Service[] = [];
  let pg: EmbeddedServer | undefined;
  let stopping: Promise<void> | undefined;
  const stopAll = () =>
    (stopping ??= (async () => {
      for (const service of [...services].reverse()) await stopService(service);
      await pg?.stop();
    })());
  const onSignal = () => void stopAll().then(() => process.exit(0));
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);

  try {
    const ports: [number, string][] = [
      [config.gatewayPort, "gateway"],
      ...subgraphs.map(({ name }) => [config.subgraphPorts[name], name] as [number, string]),
    ];
    if (!config.databaseUrl) ports.push([config.pgPort, "embedded PostgreSQL"]);
    for (const [port, what] of ports) await assertPortFree(port, what);

    let databaseUrl = config.databaseUrl;
    if (!databaseUrl) {
      pg = await startEmbeddedPostgres(config.dataDir, config.pgPort, { persistent: true });
      await ensureDatabase(pg.url, "emisto");
      databaseUrl = withDatabase(pg.url, "emisto");
      log.info({ dataDir: config.dataDir, port: config.pgPort }, "embedded PostgreSQL started");
    }
    await assertReachable(databaseUrl);
    const seeded = await prepareDatabase(databaseUrl, config.seed, log, subgraphs);
    log.info({ seed: config.seed, seeded }, seeded.length ? "demo city loaded" : "data kept from before");

    const urls = subgraphs.map(({ name }) => [
      `${name.toUpperCase()}_URL`,
      `http://127.0.0.1:${config.subgraphPorts[name]}/graphql`,
    ]);
    const env = {
      ...process.env,
      ...Object.fromEntries(urls),
      DATABASE_URL: databaseUrl,
      MIGRATE_ON_START: "false",
      IDENTITY_SECRET: config.identitySecret,
    };
    for (const def of subgraphs) services.push(spawnService(def.name, def.main, { ...env, HOST: config.subgraphHost }));
    await Promise.all(services.map((s) => waitReady(s, `http://127.0.0.1:${config.subgraphPorts[s.name]}/ready`)));
    const gateway = spawnService("gateway", "gateway/main.js", env);
    services.push(gateway);
    await waitReady(gateway, `http://127.0.0.1:${config.gatewayPort}/ready`);
    process.stdout.write(`\ne-Misto is up: http://localhost:${config.gatewayPort}/graphql  (Ctrl-C stops it)\n\n`);
  } catch (err) {
    process.stderr.write(`npm start: ${(err as Error).message}\n`);
    await stopAll();
    process.exit(1);
  }
}

if (require.main === module) void startWholeCity();
