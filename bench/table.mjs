// The bench's report: one markdown table of every operation on every target, memory, and ratios.
const ms = (v) => (v === undefined ? "—" : `${Math.round(v * 10) / 10}`);
const ratio = (a, b) => (a && b ? (a / b).toFixed(2) : "—");
/** CPU ms per request of a run, or undefined without requests or a measure. */
const cpuPerRequest = (cpu, requests) => (requests && cpu !== undefined ? cpu / requests : undefined);
/** The same as a table cell; none for the gateway of a subgraph called directly (`target` "direct"). */
const perRequest = (cpu, requests, target) => {
  const value = target === "direct" ? undefined : cpuPerRequest(cpu, requests);
  return value === undefined ? "—" : value.toFixed(2);
};

/** `results[op][target]` = { rps, p50, p99, errors } averaged over rounds. */
export function report({ header, results, once, memory, probes, sql, alone = {}, connections }) {
  const lines = [
    header,
    "",
    "| operation | target | req/s | p50 ms | p99 ms | errors | gateway CPU ms/req | subgraphs CPU ms/req |",
    "|---|---|---:|---:|---:|---:|---:|---:|",
  ];
  for (const [op, byTarget] of Object.entries(results)) {
    for (const [target, r] of Object.entries(byTarget))
      lines.push(
        `| ${op} | ${target} | ${Math.round(r.rps)} | ${ms(r.p50)} | ${ms(r.p99)} | ${r.errors}/${r.requests} | ${perRequest(r.gatewayCpu, r.requests, target)} | ${perRequest(r.subgraphCpu, r.requests)} |`,
      );
  }
  lines.push(
    "",
    "| once-only mutation | answer |",
    "|---|---|",
    ...Object.entries(once).map(([op, e]) => `| ${op} | ${e ?? "ok"} |`),
  );
  const compared = Object.values(results).some((t) => t.hive || t.apollo || t.direct);
  if (compared) {
    lines.push(
      "",
      "Ratios (requests/s; p50 for direct):",
      "",
      "| operation | ours/Hive | ours/stock Apollo | gateway p50 / direct subgraph p50 | gateway CPU per request, ours/stock Apollo |",
      "|---|---:|---:|---:|---:|",
    );
    for (const [op, t] of Object.entries(results))
      lines.push(
        `| ${op} | ${ratio(t.ours?.rps, t.hive?.rps)} | ${ratio(t.ours?.rps, t.apollo?.rps)} | ${ratio(t.ours?.p50, t.direct?.p50)} | ${ratio(cpuPerRequest(t.ours?.gatewayCpu, t.ours?.requests), cpuPerRequest(t.apollo?.gatewayCpu, t.apollo?.requests))} |`,
      );
  }
  if (Object.keys(alone).length)
    lines.push(
      "",
      `Statistics against their SQL run alone (p50 ms; through the gateway on ${connections} connection${connections === 1 ? "" : "s"}, the SQL on one, so the ratio means most with --connections 1):`,
      "",
      "| operation | ours p50 | SQL alone p50 | ours / SQL |",
      "|---|---:|---:|---:|",
      ...Object.entries(alone).map(
        ([op, p50]) => `| ${op} | ${ms(results[op]?.ours?.p50)} | ${ms(p50)} | ${ratio(results[op]?.ours?.p50, p50)} |`,
      ),
    );
  const subgraphs = Object.keys(Object.values(sql)[0]?.statements ?? {});
  lines.push("", "SQL statements per request (each operation once, in process):", "");
  lines.push(`| operation | ${subgraphs.join(" | ")} |`, `|---|${subgraphs.map(() => "---:").join("|")}|`);
  for (const [op, c] of Object.entries(sql))
    lines.push(`| ${op} | ${subgraphs.map((s) => c.statements[s]).join(" | ")} |`);
  lines.push(
    "",
    "Memory (RSS MiB: start / peak / end):",
    "",
    "| process | start | peak | end |",
    "|---|---:|---:|---:|",
  );
  for (const [name, m] of Object.entries(memory))
    lines.push(`| ${name} | ${ms(m.start)} | ${ms(m.peak)} | ${ms(m.end)} |`);
  const failed = Object.entries(probes).filter(([, e]) => e);
  if (failed.length)
    lines.push("", "Answers with errors (first request of each run):", "", ...failed.map(([k, e]) => `- ${k}: ${e}`));
  return lines.join("\n") + "\n";
}
