// `npm run bench -- [--scale 1] [--duration 10] [--warmup 2] [--connections 20] [--rounds 2]
// [--compare false] [--only A,B] [--soak S]`: the city on volume data (seeded once per data dir: DATA_DIR, default
// .data/bench, or DATABASE_URL), every contract operation loaded through our gateway, Hive Gateway and
// stock Apollo, one-subgraph operations also straight to the subgraph (with `--compare false`, through
// ours alone: a run per scale); runs interleaved (op A on every target, op B…, round after round);
// the table goes to stdout and bench/results/<date>.md. With `--soak S`, instead, the memory run:
// every operation mixed through our gateway for S seconds (soak.mjs). See README "Performance".
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { contractOperations, discover, fill } from "./discover.mjs";
import { loadRun, probe } from "./load.mjs";
import * as procs from "./processes.mjs";
import { openSettle, sqlAloneP50, sqlCounts } from "./sql-counts.mjs";
import { report } from "./table.mjs";
import { soakReport, soakRun } from "./soak.mjs";
import { signedHeaders } from "./servers/identity.mjs";

const root = path.resolve(import.meta.dirname, "..");
/** What a run's figures add up over rounds (the rest are averaged). */
const SUMMED = new Set(["errors", "requests", "gatewayCpu", "subgraphCpu"]);
const { values: opt } = parseArgs({
  options: Object.fromEntries(
    [
      ["scale", "1"],
      ["duration", "10"],
      ["warmup", "2"],
      ["connections", "20"],
      ["rounds", "2"],
      ["soak", "0"],
      ["compare", "true"],
      ["only", ""],
    ].map(([k, d]) => [k, { type: "string", default: d }]),
  ),
});
const [scale, duration, warmup, connections, rounds, soak] = [
  "scale",
  "duration",
  "warmup",
  "connections",
  "rounds",
  "soak",
].map((k) => Number(opt[k]));
/** Whether Hive, stock Apollo and the subgraphs called directly are measured beside our gateway. */
const compare = opt.compare !== "false" && !soak;
const listed = JSON.parse(readFileSync(path.join(import.meta.dirname, "operations.json"), "utf8")).operations;
/** `--only A,B`: those operations alone (to profile or re-measure a few). */
const only = opt.only ? new Set(opt.only.split(",")) : null;
const operations = only ? listed.filter((op) => only.has(op.name)) : listed;
if (only && operations.length !== only.size)
  throw new Error(`--only names operations that bench/operations.json does not list: ${opt.only}`);

const ports = {
  gateway: await procs.freePort(),
  hive: await procs.freePort(),
  apollo: await procs.freePort(),
  pg: await procs.freePort(),
};
for (const s of procs.SUBGRAPHS) ports[s] = await procs.freePort();
const subgraphUrls = Object.fromEntries(procs.SUBGRAPHS.map((s) => [s, `http://127.0.0.1:${ports[s]}/graphql`]));
const secrets = { JWT_SECRET: randomBytes(24).toString("hex"), IDENTITY_SECRET: randomBytes(32).toString("hex") };
Object.assign(process.env, secrets); // servers/identity.mjs signs direct requests with them
const env = {
  ...process.env,
  DATA_DIR: process.env.DATA_DIR ?? path.join(root, ".data/bench"),
  PG_PORT: String(ports.pg),
  GATEWAY_PORT: String(ports.gateway),
  ...Object.fromEntries(procs.SUBGRAPHS.map((s) => [`${s.toUpperCase()}_PORT`, String(ports[s])])),
  LOG_LEVEL: "warn",
  RATE_LIMIT_POINTS: "1000000000",
  SEED: "demo",
  ...secrets,
};

/** Where the figures came from: scale, CPUs and runtime. */
const machine = (scale) => {
  const cpu = (readFileSync("/proc/cpuinfo", "utf8").match(/model name\s*:\s*(.+)/) ?? [])[1] ?? "unknown CPU";
  return `Scale ${scale}; ${os.availableParallelism()} CPUs (${cpu}), Node ${process.version};`;
};
/** The report to stdout and to bench/results/<time>.md. */
const write = (runId, text) => {
  process.stdout.write(text);
  mkdirSync(path.join(import.meta.dirname, "results"), { recursive: true });
  writeFileSync(path.join(import.meta.dirname, "results", `${runId.slice(0, 19).replace(/:/g, "-")}.md`), text);
};
const say = (m) => process.stderr.write(`bench: ${m}\n`);
if (compare) procs.installComparisonGateways();
procs.seed(scale, env);
const started = [];
// Ctrl-C or a timeout stops what the bench started before it exits.
for (const signal of ["SIGINT", "SIGTERM"])
  process.once(signal, () => void Promise.all(started.map((p) => p.stop())).then(() => process.exit(130)));
let watch;
let settle;
try {
  const city = procs.startCity(env);
  started.push(city);
  await procs.waitReady(city, `http://127.0.0.1:${ports.gateway}/ready`);
  say("city ready");
  const common = {
    ...env,
    SUPERGRAPH_PATH: path.join(root, "schema/supergraph.graphql"),
    SUBGRAPH_URLS: JSON.stringify(subgraphUrls),
    BENCH_PACKAGES: procs.PACKAGES_DIR,
  };
  const gateways = { ours: ports.gateway };
  const pids = procs.cityPids(city.child.pid);
  if (compare) {
    const hive = procs.startComparison("hive.mjs", { ...common, PORT: String(ports.hive) }, "Hive Gateway");
    const apollo = procs.startComparison("apollo-stock.mjs", { ...common, PORT: String(ports.apollo) }, "stock Apollo");
    started.push(hive, apollo);
    Object.assign(gateways, { hive: ports.hive, apollo: ports.apollo });
    for (const [p, port] of [
      [hive, ports.hive],
      [apollo, ports.apollo],
    ])
      await procs
        .waitReady(p, `http://127.0.0.1:${port}/graphql?query=%7B__typename%7D`)
        .catch(() => procs.waitReady(p, `http://127.0.0.1:${port}/graphql`));
    Object.assign(pids, { hive: hive.child.pid, "stock apollo": apollo.child.pid });
    say("comparison gateways ready");
  }
  const databaseUrl = process.env.DATABASE_URL ?? `postgres://postgres:postgres@127.0.0.1:${ports.pg}/emisto`;
  const texts = contractOperations();
  const runId = new Date().toISOString();
  const { values, staff } = await discover(
    `http://127.0.0.1:${ports.gateway}/graphql`,
    secrets.JWT_SECRET,
    texts,
    runId,
  );
  say(`found ${JSON.stringify(values)}`);
  const targetsOf = async (op) => {
    const token = op.roles ? await staff(op.roles) : undefined;
    const headers = token ? { authorization: `Bearer ${token}` } : {};
    const targets = Object.fromEntries(
      Object.entries(gateways).map(([name, port]) => [name, { url: `http://127.0.0.1:${port}/graphql`, headers }]),
    );
    if (op.subgraph && compare) {
      const identity = token
        ? { sub: values.staffId, roles: op.roles, departmentId: values.departmentId }
        : { sub: null, roles: [], departmentId: null };
      const url = subgraphUrls[op.subgraph];
      targets.direct = { url, headers: {}, sign: (body) => signedHeaders(identity, op.subgraph, url, body) };
    }
    return targets;
  };
  const plan = [];
  for (const op of operations) {
    const body = JSON.stringify({ query: texts[op.name], variables: fill(op.variables, values) });
    plan.push({ op, body, targets: await targetsOf(op) });
  }
  if (soak) {
    say(`memory run: ${soak} s, ${connections} connections, every operation mixed`);
    const run = await soakRun(plan, pids, soak, connections);
    const header = `## e-Misto memory run ${runId}\n\n${machine(scale)} ${soak} s, ${connections} connections, every loaded contract operation in turn on each connection, through our gateway.`;
    write(runId, soakReport(header, run));
  } else {
    watch = procs.watchMemory(pids);
    settle = await openSettle(databaseUrl);
    const results = {};
    const probes = {};
    const once = {};
    for (const { op, body, targets } of plan.filter((p) => p.op.load !== false)) {
      results[op.name] = {};
      for (const [name, target] of Object.entries(targets)) {
        probes[`${op.name} via ${name}`] = await probe(target, body);
        say(`warm-up ${op.name} via ${name}`);
        if (warmup > 0) await loadRun(target, body, warmup, connections);
      }
    }
    const sums = {};
    // CPU time used during a run: by the gateway the run went through (none when calling a subgraph
    // directly) and by the four subgraphs together, in ms (per request in the table).
    const gatewayPid = { ours: pids.gateway, hive: pids.hive, apollo: pids["stock apollo"] };
    const cpuMeter = (target) => {
      const subgraphs = () => procs.SUBGRAPHS.reduce((sum, s) => sum + (procs.cpuOf(pids[s]) ?? 0), 0);
      const gateway = () => (gatewayPid[target] ? (procs.cpuOf(gatewayPid[target]) ?? 0) : 0);
      const [g, s] = [gateway(), subgraphs()];
      return () => ({ gatewayCpu: gateway() - g, subgraphCpu: subgraphs() - s });
    };
    for (let round = 0; round < rounds; round += 1) {
      for (const { op, body, targets } of plan.filter((p) => p.op.load !== false)) {
        // Each round starts from another target, and each run waits for the database to finish the last
        // one's statements, so no target always inherits the tail of a heavy operation before it.
        const entries = Object.entries(targets);
        for (const [name, target] of [
          ...entries.slice(round % entries.length),
          ...entries.slice(0, round % entries.length),
        ]) {
          await settle.wait();
          const cpu = cpuMeter(name);
          const r = await loadRun(target, body, Math.max(1, Math.round(duration / rounds)), connections);
          Object.assign(r, cpu());
          const s = (sums[`${op.name}\u0000${name}`] ??= {
            rps: 0,
            p50: 0,
            p99: 0,
            errors: 0,
            requests: 0,
            gatewayCpu: 0,
            subgraphCpu: 0,
          });
          for (const k of Object.keys(s)) s[k] += SUMMED.has(k) ? r[k] : r[k] / rounds;
          process.stderr.write(
            `bench: round ${round + 1} ${op.name} via ${name}: ${Math.round(r.rps)} req/s p50 ${r.p50} ms\n`,
          );
        }
      }
    }
    for (const [key, s] of Object.entries(sums)) {
      const [op, target] = key.split("\u0000");
      results[op][target] = s;
    }
    // Each operation once in process for its statements; this is also the once-only mutations' one run.
    const statements = plan.map(({ op, body, targets }) => ({ name: op.name, body, headers: targets.ours.headers }));
    const sql = await sqlCounts(databaseUrl, statements, env);
    for (const { op } of plan.filter((p) => p.op.load === false)) once[op.name] = sql[op.name].error;
    const alone = {};
    for (const { op } of plan.filter((p) => p.op.sqlAlone))
      alone[op.name] = await sqlAloneP50(databaseUrl, sql[op.name].ran);
    watch.stop();
    const header = `## e-Misto bench ${runId}\n\n${machine(scale)} ${connections} connections, ${rounds} interleaved rounds of ${Math.round(duration / rounds)} s after a ${warmup} s warm-up per operation and target.`;
    write(runId, report({ header, results, once, memory: watch.memory, probes, sql, alone, connections }));
  }
} finally {
  watch?.stop();
  await settle?.close();
  for (const p of started.reverse()) await p.stop();
}
