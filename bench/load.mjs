// Load runs with autocannon: `connections` clients for `seconds` posting operations. Errors are
// non-2xx answers plus 2xx answers whose body carries GraphQL `errors` (every body is looked at).
import autocannon from "autocannon";

/**
 * `requests` ([{ body, headers, sign? }]) posted to `url` by `connections` clients for `seconds`,
 * each client taking them in turn; `sign(body)` gives per-request headers (a subgraph called
 * directly needs a fresh identity envelope, single-use nonce included, for every request).
 */
export async function loadRequests(url, requests, seconds, connections) {
  let graphqlErrors = 0;
  const onResponse = (status, responseBody) => {
    if (status < 300 && responseBody.includes('"errors"')) graphqlErrors += 1;
  };
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    requests: requests.map(({ body, headers, sign }) => ({
      method: "POST",
      body,
      headers: { "content-type": "application/json", ...headers },
      ...(sign && { setupRequest: (req) => ({ ...req, headers: { ...req.headers, ...sign(body) } }) }),
      onResponse,
    })),
  });
  return {
    requests: result.requests.total,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.non2xx + result.errors + result.timeouts + graphqlErrors,
  };
}

/** One operation loaded on one target ({ url, headers, sign? }). */
export const loadRun = (target, body, seconds, connections) =>
  loadRequests(target.url, [{ body, headers: target.headers, sign: target.sign }], seconds, connections);

/** One request, its answer checked: the first GraphQL error or HTTP status, or null when clean. */
export async function probe(target, body) {
  const headers = { "content-type": "application/json", ...target.headers, ...(target.sign?.(body) ?? {}) };
  const res = await fetch(target.url, { method: "POST", headers, body, signal: AbortSignal.timeout(15_000) });
  const text = await res.text();
  if (!res.ok) return `HTTP ${res.status}: ${text.slice(0, 160)}`;
  const answer = JSON.parse(text);
  return answer.errors ? `${answer.errors[0].extensions?.code ?? ""} ${answer.errors[0].message}`.trim() : null;
}
