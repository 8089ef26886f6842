import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { loadGatewayConfig } from "../../gateway/config";
import { loadBackupConfig } from "../../scripts/backup/config";
import { loadStartConfig } from "../../scripts/start-config";
import { loadSubgraphConfig } from "../../subgraphs/common/config";
import type { Env } from "../../subgraphs/common/env";
import { SUBGRAPH_NAMES, SUBGRAPHS, type SubgraphName } from "../../subgraphs/registry";

/**
 * docker-compose.yml and .env.example against the config readers themselves: nothing is started,
 * the compose file is only parsed and each service's environment fed to its loader.
 */

const ROOT = path.resolve(__dirname, "../..");
const COMPOSE_TEXT = readFileSync(path.join(ROOT, "docker-compose.yml"), "utf8");

interface ComposeService {
  image?: string;
  profiles?: string[];
  volumes?: string[];
  command?: string[] | string;
  environment?: Record<string, string | number | boolean | null> | string[];
  ports?: (string | number)[];
  healthcheck?: { test?: string[] | string };
  depends_on?: Record<string, { condition?: string }> | string[];
}

// merge: true because the compose file shares settings through `<<: *anchor` merge keys.
const compose = parse(COMPOSE_TEXT, { merge: true }) as { services: Record<string, ComposeService> };
const services = compose.services;

/** Stands in for what a deployer puts in .env: a value that is no code default (so production secret checks run). */
const DUMMY = "compose-secret-0123456789abcdef0123456789";
const INTERPOLATION = /\$\$|\$\{(\w+)(?:(:?[-?])([^}]*))?\}|\$(\w+)/g;

/**
 * Compose interpolation as `docker compose` applies it: `${VAR:-default}` gives its default (what
 * runs when the deployer sets nothing, so a bad default fails here), `${VAR}` and `${VAR:?error}`
 * give DUMMY, `$$` is a literal `$`.
 */
function interpolate(value: string): string {
  return value.replace(INTERPOLATION, (match, _name, op: string | undefined, arg: string | undefined) => {
    if (match === "$$") return "$";
    if (op === ":-" || op === "-") return arg ?? "";
    return DUMMY;
  });
}

/** Names compose interpolates anywhere in the file (the deployer's .env must be able to set them). */
function interpolatedNames(text: string): string[] {
  return [...text.matchAll(INTERPOLATION)].map((m) => m[1] ?? m[4]).filter((name): name is string => !!name);
}

/** A service's `environment` (map or `NAME=value` list form) as the process will see it. */
function envOf(service: ComposeService): Env {
  const entries = Array.isArray(service.environment)
    ? service.environment.map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)])
    : Object.entries(service.environment ?? {}).map(([name, value]) => [name, value == null ? "" : String(value)]);
  return Object.fromEntries(entries.map(([name, value]) => [name, interpolate(value)]));
}

/** Variables the service sets but its loader never reads: typos, or settings the code ignores. */
const strays = (env: Env, read: string[]) => Object.keys(env).filter((name) => !read.includes(name));

function healthcheckPort(service: ComposeService): number | undefined {
  const test = [service.healthcheck?.test ?? []].flat().join(" ");
  const match = /http:\/\/(?:127\.0\.0\.1|localhost):(\d+)\/ready\b/.exec(test);
  return match ? Number(match[1]) : undefined;
}

/** The container side of each `ports` entry ("4000:4000", "127.0.0.1:4000:4000/tcp", 4000). */
const publishedContainerPorts = (service: ComposeService) =>
  (service.ports ?? []).map((entry) => Number(String(entry).split("/")[0].split(":").pop()));

/** `node dist/x/main.js` → the TypeScript source tsc compiles it from (outDir dist, rootDir .). */
function sourceOfCommand(service: ComposeService): string {
  const command = [service.command ?? []].flat();
  expect(command).toHaveLength(2);
  expect(command[0]).toBe("node");
  expect(command[1]).toMatch(/^dist\/.+\.js$/);
  return command[1].replace(/^dist\//, "").replace(/\.js$/, ".ts");
}

describe("docker-compose.yml", () => {
  test("the image layout it assumes matches tsconfig (dist/ mirrors the repo root)", () => {
    const { compilerOptions } = JSON.parse(readFileSync(path.join(ROOT, "tsconfig.json"), "utf8"));
    expect(compilerOptions).toMatchObject({ outDir: "dist", rootDir: "." });
  });

  test.each(SUBGRAPH_NAMES)("%s: its config loads in production and matches the service", (name) => {
    const service = services[name];
    expect(service).toBeDefined();
    const env = envOf(service);
    const config = loadSubgraphConfig(SUBGRAPHS[name], env);
    expect(config.nodeEnv).toBe("production");
    expect(strays(env, config.variables)).toEqual([]);
    expect(healthcheckPort(service)).toBe(config.port);
    // Subgraphs are reached through the gateway only.
    expect(service.ports).toBeUndefined();
    expect(service.depends_on).toMatchObject({ postgres: { condition: "service_healthy" } });

    const source = sourceOfCommand(service);
    expect(source).toBe(`subgraphs/${name}/main.ts`);
    expect(existsSync(path.join(ROOT, source))).toBe(true);
    // `npm start` runs the same entry point (its compiled form).
    expect(SUBGRAPHS[name].main).toBe(path.join(ROOT, source.replace(/\.ts$/, ".js")));

    // The database URL names the compose postgres service with the user, password and database it creates.
    const url = new URL(config.databaseUrl);
    const postgres = services[url.hostname];
    expect(postgres?.image).toMatch(/^postgres:/);
    const pgEnv = envOf(postgres);
    expect(url.port).toBe("5432");
    expect(decodeURIComponent(url.username)).toBe(pgEnv.POSTGRES_USER);
    expect(decodeURIComponent(url.password)).toBe(pgEnv.POSTGRES_PASSWORD);
    expect(url.pathname).toBe(`/${pgEnv.POSTGRES_DB}`);
  });

  test("gateway: its config loads in production and reaches each subgraph service", () => {
    const service = services.gateway;
    expect(service).toBeDefined();
    const env = envOf(service);
    const config = loadGatewayConfig(env);
    expect(config.nodeEnv).toBe("production");
    expect(strays(env, config.variables)).toEqual([]);
    expect(healthcheckPort(service)).toBe(config.port);
    expect(publishedContainerPorts(service)).toEqual([config.port]);

    const source = sourceOfCommand(service);
    expect(source).toBe("gateway/main.ts");
    expect(existsSync(path.join(ROOT, source))).toBe(true);

    // The gateway knows the registry's subgraphs from schema/services.json.
    expect(Object.keys(config.subgraphUrls)).toEqual(SUBGRAPH_NAMES);
    for (const name of SUBGRAPH_NAMES) {
      const url = new URL(config.subgraphUrls[name]);
      const subgraph = loadSubgraphConfig(SUBGRAPHS[name], envOf(services[name]));
      expect({ name, host: url.hostname, port: Number(url.port), path: url.pathname }).toEqual({
        name,
        host: name,
        port: subgraph.port,
        path: "/graphql",
      });
      // The envelope the gateway signs must verify in every subgraph.
      expect(subgraph.identitySecret).toBe(config.identitySecret);
      // A subgraph that calls another (its definition's peers) reaches it where the gateway does.
      for (const [peer, peerUrl] of Object.entries(subgraph.peers))
        expect({ name, peer, url: peerUrl }).toEqual({ name, peer, url: config.subgraphUrls[peer] });
      expect(service.depends_on).toMatchObject({ [name]: { condition: "service_healthy" } });
    }
  });
});

test("appeals is told where documents is, procurement where budget is: they ask there", () => {
  expect(
    Object.fromEntries(SUBGRAPH_NAMES.flatMap((n) => (SUBGRAPHS[n].peers ? [[n, SUBGRAPHS[n].peers]] : []))),
  ).toEqual({ appeals: { documents: 4001 }, procurement: { budget: 4004 } });
  expect(loadSubgraphConfig(SUBGRAPHS.procurement, envOf(services.procurement)).peers).toEqual({
    budget: "http://budget:4004/graphql",
  });
  expect(loadSubgraphConfig(SUBGRAPHS.appeals, envOf(services.appeals)).peers).toEqual({
    documents: "http://documents:4001/graphql",
  });
  expect(loadSubgraphConfig(SUBGRAPHS.appeals, { DATABASE_URL: "postgres://localhost/x" }).peers).toEqual({
    documents: "http://localhost:4001/graphql",
  });
});

describe("the observability profile", () => {
  const NODE_SERVICES = [...SUBGRAPH_NAMES, "gateway"];

  test("adds Prometheus and Jaeger only: the default `up` runs what it ran before", () => {
    const profiled = Object.entries(services).filter(([, s]) => s.profiles);
    expect(Object.fromEntries(profiled.map(([name, s]) => [name, s.profiles]))).toEqual({
      prometheus: ["observability"],
      jaeger: ["observability"],
    });
    // Their UIs are for this host only.
    for (const [, service] of profiled)
      expect((service.ports ?? []).every((p) => String(p).startsWith("127.0.0.1:"))).toBe(true);
  });

  test("every service sends traces only when OTEL_EXPORTER_OTLP_ENDPOINT is set in .env", () => {
    const endpointOf = (name: string, env: Env) =>
      name === "gateway"
        ? loadGatewayConfig(env).otlpEndpoint
        : loadSubgraphConfig(SUBGRAPHS[name as SubgraphName], env).otlpEndpoint;
    for (const name of NODE_SERVICES) {
      const environment = services[name].environment as Record<string, string>;
      expect({
        name,
        raw: environment.OTEL_EXPORTER_OTLP_ENDPOINT,
        otlp: endpointOf(name, envOf(services[name])),
      }).toEqual({ name, raw: "${OTEL_EXPORTER_OTLP_ENDPOINT:-}", otlp: undefined });
    }
  });

  test("prometheus.yml scrapes each service's /metrics where its config serves it; the gateway's is not published", () => {
    const [mount] = services.prometheus.volumes ?? [];
    const [file, target] = mount.split(":");
    expect(target).toBe("/etc/prometheus/prometheus.yml");
    const prometheus = parse(readFileSync(path.join(ROOT, file), "utf8")) as {
      scrape_configs: { job_name: string; metrics_path: string; static_configs: { targets: string[] }[] }[];
    };
    const scraped = prometheus.scrape_configs.flatMap((job) =>
      job.static_configs.flatMap((c) => c.targets.map((t) => `${t}${job.metrics_path}`)),
    );
    const gateway = loadGatewayConfig(envOf(services.gateway));
    expect(gateway.metrics).toEqual({ port: expect.any(Number), host: "0.0.0.0" });
    expect(publishedContainerPorts(services.gateway)).not.toContain(gateway.metrics!.port);
    expect(scraped.sort()).toEqual(
      [
        `gateway:${gateway.metrics!.port}/metrics`,
        ...SUBGRAPH_NAMES.map((n) => `${n}:${loadSubgraphConfig(SUBGRAPHS[n], envOf(services[n])).port}/metrics`),
      ].sort(),
    );
  });
});

describe(".env.example", () => {
  const lines = readFileSync(path.join(ROOT, ".env.example"), "utf8").split("\n");
  const settings = lines.filter((line) => line.trim() !== "" && !line.startsWith("#"));
  const exampleNames = settings.map((line) => line.slice(0, line.indexOf("=")));

  // Each loader called with only what it needs not to throw; readers record names even when unset.
  const loaderNames = new Set([
    ...SUBGRAPH_NAMES.flatMap(
      (name) => loadSubgraphConfig(SUBGRAPHS[name], { DATABASE_URL: "postgres://localhost/x" }).variables,
    ),
    ...loadGatewayConfig({}).variables,
    ...loadStartConfig({}).variables,
    ...loadBackupConfig({}).variables,
  ]);
  // Variables only docker compose reads (e.g. POSTGRES_PASSWORD), so the deployer's .env can set them.
  const composeNames = new Set(interpolatedNames(COMPOSE_TEXT));

  test("every line is a comment, blank, or NAME=value, and no name repeats", () => {
    expect(settings.filter((line) => !/^[A-Z][A-Z0-9_]*=\S*$/.test(line))).toEqual([]);
    expect(exampleNames.filter((name, i) => exampleNames.indexOf(name) !== i)).toEqual([]);
  });

  test("lists every variable the loaders and docker-compose.yml read, and nothing else", () => {
    const missing = [...loaderNames, ...composeNames].filter((name) => !exampleNames.includes(name));
    const unknown = exampleNames.filter((name) => !loaderNames.has(name) && !composeNames.has(name));
    expect({ missing: [...new Set(missing)], unknown }).toEqual({ missing: [], unknown: [] });
  });
});
