/**
 * The value of one sample in Prometheus' text format: the line of metric `name` whose labels are
 * exactly `labels` (order free); undefined when there is none.
 */
export function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  const wanted = Object.entries(labels)
    .map(([k, v]) => `${k}="${v}"`)
    .sort()
    .join(",");
  for (const line of text.split("\n")) {
    const match = /^(\w+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const given = (match[2] ?? "").match(/\w+="(?:[^"\\]|\\.)*"/g) ?? [];
    if (given.sort().join(",") === wanted) return Number(match[3]);
  }
  return undefined;
}
