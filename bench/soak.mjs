// The memory run (`npm run bench -- --soak 600`): every loaded contract operation mixed, through our
// gateway only, for `seconds`, each connection cycling through the list; each process's RSS sampled
// every 250 ms (its peak) and recorded once a minute, so the table shows whether memory settles.
import autocannon from "autocannon";
import { memoryOf } from "./processes.mjs";

/** `plan`: [{ op, body, targets }] as main.mjs builds it; `pids`: { name: pid } of the measured processes. */
export async function soakRun(plan, pids, seconds, connections) {
  const memory = Object.fromEntries(
    Object.entries(pids).map(([name, pid]) => [name, { pid, start: memoryOf(pid)?.rss, peak: 0, minutes: [] }]),
  );
  const sample = () => {
    for (const m of Object.values(memory)) m.peak = Math.max(m.peak, memoryOf(m.pid)?.rss ?? 0);
  };
  const sampler = setInterval(sample, 250);
  const minutes = setInterval(() => {
    for (const m of Object.values(memory)) m.minutes.push(memoryOf(m.pid)?.rss);
  }, 60_000);
  let graphqlErrors = 0;
  const requests = plan
    .filter((p) => p.op.load !== false)
    .map(({ body, targets }) => ({
      method: "POST",
      body,
      headers: { "content-type": "application/json", ...targets.ours.headers },
      onResponse: (status, responseBody) => {
        if (status < 300 && responseBody.includes('"errors"')) graphqlErrors += 1;
      },
    }));
  try {
    const result = await autocannon({ url: targets(plan).url, connections, duration: seconds, requests });
    return {
      memory,
      requests: result.requests.total,
      rps: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors: result.non2xx + result.errors + result.timeouts + graphqlErrors,
    };
  } finally {
    clearInterval(sampler);
    clearInterval(minutes);
    for (const m of Object.values(memory)) {
      const now = memoryOf(m.pid);
      m.end = now?.rss;
      m.peak = Math.max(m.peak, now?.peak ?? 0);
    }
  }
}

const targets = (plan) => plan[0].targets.ours;
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
