// The memory run (`npm run bench -- --soak 600`): every loaded contract operation mixed, through our
// gateway only, for `seconds`, each connection cycling through the list; each process's RSS sampled
// every 250 ms (its peak) and recorded once a minute, so the table shows whether memory settles.
import { loadRequests } from "./load.mjs";
import { watchMemory } from "./processes.mjs";

/** `plan`: [{ op, body, targets }] as main.mjs builds it; `pids`: { name: pid } of the measured processes. */
export async function soakRun(plan, pids, seconds, connections) {
  const loaded = plan.filter((p) => p.op.load !== false);
  const watch = watchMemory(pids, { perMinute: true });
  const requests = loaded.map(({ body, targets }) => ({ body, headers: targets.ours.headers }));
  try {
    return {
      ...(await loadRequests(loaded[0].targets.ours.url, requests, seconds, connections)),
      memory: watch.memory,
    };
  } finally {
    watch.stop();
  }
}

const mib = (v) => (v === undefined ? "—" : `${Math.round(v)}`);

/** The memory run's report: the load it carried, then RSS (MiB) per process at start, each minute, peak and end. */
export function soakReport(header, run) {
  const count = Math.max(...Object.values(run.memory).map((m) => m.minutes.length));
  const heads = ["process", "start", ...Array.from({ length: count }, (_, i) => `${i + 1} min`), "peak", "end"];
  const row = (cells) => `| ${cells.join(" | ")} |`;
  return (
    [
      header,
      "",
      `${run.requests} requests (${Math.round(run.rps)} req/s, p50 ${run.p50} ms, p99 ${run.p99} ms), ${run.errors} errors.`,
      "",
      "Memory (RSS MiB):",
      "",
      row(heads),
      `|---|${heads
        .slice(1)
        .map(() => "---:|")
        .join("")}`,
      ...Object.entries(run.memory).map(([name, m]) =>
        row([
          name,
          mib(m.start),
          ...Array.from({ length: count }, (_, i) => mib(m.minutes[i])),
          mib(m.peak),
          mib(m.end),
        ]),
      ),
    ].join("\n") + "\n"
  );
}
