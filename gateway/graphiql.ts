import { Router } from "express";
import path from "node:path";
import type { GraphiQLTab } from "./graphiql-tabs";

/**
 * GraphiQL served from the gateway's own dependencies, so it works offline (no CDN): the page
 * on `GET /graphql` for browsers, its scripts and styles under `/graphiql/`.
 */
const ASSETS: Record<string, { pkg: string; file: string; type: string }> = {
  "react.js": { pkg: "react", file: "umd/react.production.min.js", type: "text/javascript" },
  "react-dom.js": { pkg: "react-dom", file: "umd/react-dom.production.min.js", type: "text/javascript" },
  "graphiql.js": { pkg: "graphiql", file: "graphiql.min.js", type: "text/javascript" },
  "graphiql.css": { pkg: "graphiql", file: "graphiql.min.css", type: "text/css" },
};

/** A file inside an installed package, also one its `exports` map does not list. */
const packageFile = (pkg: string, file: string) =>
  path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);

/** The page's script: GraphiQL on this gateway's endpoint, opening with `tabs` (see graphiql-tabs.ts). */
const startScript = (tabs: GraphiQLTab[]) => `const fetcher = GraphiQL.createFetcher({ url: "/graphql" });
const defaultTabs = ${JSON.stringify(tabs)};
ReactDOM.createRoot(document.getElementById("graphiql")).render(React.createElement(GraphiQL, { fetcher, defaultTabs }));
`;

export const GRAPHIQL_PAGE = `<!doctype html>
<html lang="uk">
<head>
  <meta charset="utf-8">
  <title>e-Misto GraphQL</title>
  <link rel="stylesheet" href="/graphiql/graphiql.css">
</head>
<body style="margin:0">
  <div id="graphiql" style="height:100vh"></div>
  <script src="/graphiql/react.js"></script>
  <script src="/graphiql/react-dom.js"></script>
  <script src="/graphiql/graphiql.js"></script>
  <script src="/graphiql/start.js"></script>
</body>
</html>
`;

export function graphiqlRouter(tabs: GraphiQLTab[] = []): Router {
  const start = startScript(tabs);
  const router = Router();
  router.get("/graphql", (req, res, next) => {
    const wantsPage = (req.headers.accept ?? "").includes("text/html") && req.query.query === undefined;
    if (!wantsPage) return next();
    res.type("html").send(GRAPHIQL_PAGE);
  });
  router.get("/graphiql/start.js", (_req, res) => void res.type("text/javascript").send(start));
  router.get("/graphiql/:file", (req, res, next) => {
    const asset = ASSETS[req.params.file];
    if (!asset) return next();
    res.type(asset.type).setHeader("cache-control", "public, max-age=86400");
    res.sendFile(packageFile(asset.pkg, asset.file));
  });
  return router;
}
