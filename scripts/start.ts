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
import { superviseServices, type Supervisor } from "./supervisor";

/**
 * `npm start`: the whole city on one machine. Embedded PostgreSQL unless DATABASE_URL is set,
 * migrations, the demo city once (SEED=demo), a process for each of `subgraphs` (the registry's;
 * a test adds a fixture subgraph) and the gateway, each waited for until ready. Once up, a service
 * that exits is started again (supervisor.ts); a crash loop stops the whole city with exit code 1
 * and the service's last stderr lines. SIGINT/SIGTERM/SIGHUP stop the gateway, then the subgraphs, then
 * PostgreSQL. Any failure to start prints one line naming its cause and leaves no process behind.
 */
export async function startWholeCity(subgraphs: readonly SubgraphDefinition[] = citySubgraphs()): Promise<void> {
  let config: ReturnType<typeof loadStartConfig>;
  try {
    config = loadStartConfig(process.env, subgraphs);
  } catch (err) {
    process.stderr.write(`npm start: ${(err as Error).message}\n`);
    process.exit(1);
  }
  const log = createLogger("start", config.logLevel);
  const services: Service[] = [];
  let pg: EmbeddedServer | undefined;
  let supervisor: Supervisor | undefined;
  let stopping: Promise<void> | undefined;
  const stopAll = () =>
    (stopping ??= (async () => {
      supervisor?.stop();
      const [gateway, ...rest] = [...services].reverse();
      const graceMs = config.shutdownGraceMs + 5_000;
      if (gateway) await stopService(gateway, graceMs);
      await Promise.all(rest.map((service) => stopService(service, graceMs)));
      if (services.length) log.info("services stopped");
      if (pg) {
        await pg.stop();
        log.info("embedded PostgreSQL stopped");
      }
    })());
  const fail = (message: string) =>
    void stopAll().then(() => {
      process.stderr.write(`npm start: ${message}\n`);
      process.exit(1);
    });
  const onSignal = () => void stopAll().then(() => process.exit(0));
  // SIGHUP too: closing the terminal must not leave the services and PostgreSQL, which run in
  // process groups of their own, behind.
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, onSignal);

  try {
    const ports: [number, string][] = [
      [config.gatewayPort, "gateway"],
      ...subgraphs.map(({ name }) => [config.subgraphPorts[name], name] as [number, string]),
    ];
    if (!config.databaseUrl) ports.push([config.pgPort, "embedded PostgreSQL"]);
    for (const [port, what] of ports) await assertPortFree(port, what);

    let databaseUrl = config.databaseUrl;
    if (!databaseUrl) {
      pg = await startEmbeddedPostgres(config.dataDir, config.pgPort, { persistent: true, ownGroup: true });
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
    // The gateway starts beside them: it loads the committed supergraph and needs no subgraph to
    // start; its /ready answers 200 only once every subgraph is ready.
    const gateway = spawnService("gateway", "gateway/main.js", env);
    services.push(gateway);
    await Promise.all(
      services.map((s) =>
        waitReady(s, `http://127.0.0.1:${s === gateway ? config.gatewayPort : config.subgraphPorts[s.name]}/ready`),
      ),
    );
    supervisor = superviseServices(services, log, fail);
    process.stdout.write(
      `\ne-Misto is up: http://localhost:${config.gatewayPort}/graphql  (the portal: http://localhost:${config.gatewayPort}/; Ctrl-C stops it)\n\n`,
    );
  } catch (err) {
    fail((err as Error).message);
  }
}

if (require.main === module) void startWholeCity();
