import { useEffect, useState } from "preact/hooks";

/**
 * Routes live in the hash (`/#/tenders?status=ACTIVE`), so the gateway serves one page at `/`
 * and its own prefixes (/budget, /files, /appeals) never meet a portal path.
 */
export interface Route {
  path: string[];
  query: URLSearchParams;
}

export function parseRoute(hash: string): Route {
  const [pathPart, queryPart = ""] = hash.replace(/^#\/?/, "").split("?");
  return { path: pathPart.split("/").filter(Boolean).map(decodeURIComponent), query: new URLSearchParams(queryPart) };
}

export function href(path: string, query?: Record<string, string | undefined>): string {
  const params = new URLSearchParams(
    Object.entries(query ?? {}).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ""),
  ).toString();
  return `#/${path}${params ? `?${params}` : ""}`;
}

export const navigate = (to: string) => void (location.hash = to.replace(/^#/, ""));

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(location.hash));
    addEventListener("hashchange", update);
    return () => removeEventListener("hashchange", update);
  }, []);
  return route;
}
