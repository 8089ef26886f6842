/**
 * The house's boundaries (DESIGN.md): subgraphs share nothing but ids, so none imports another;
 * `subgraphs/common/` is shared by all and imports none; the gateway knows the subgraphs only
 * through the network and the composed supergraph. Only `subgraphs/registry.ts` (and the
 * scripts and tests that start the city from it) name the subgraphs together.
 */
const SUBGRAPH = "^subgraphs/(?!common/)([^/]+)/";

module.exports = {
  forbidden: [
    {
      name: "no-subgraph-imports-another",
      comment: "A subgraph links to another's entities by id and a stub type, never by importing its code.",
      severity: "error",
      from: { path: SUBGRAPH },
      to: { path: "^subgraphs/(?!common/)([^/]+)/", pathNot: "^subgraphs/$1/" },
    },
    {
      name: "common-imports-no-subgraph",
      comment: "subgraphs/common/ is what every subgraph shares; it must not depend on any one of them.",
      severity: "error",
      from: { path: "^subgraphs/common/" },
      to: { path: ["^subgraphs/(?!common/)[^/]+/", "^subgraphs/registry\\.ts$"] },
    },
    {
      name: "gateway-imports-no-subgraph",
      comment:
        "The gateway reaches subgraphs over HTTP; it may share only subgraphs/common/ (envelope, identity, http).",
      severity: "error",
      from: { path: "^gateway/" },
      to: { path: ["^subgraphs/(?!common/)[^/]+/", "^subgraphs/registry\\.ts$"] },
    },
    {
      name: "portal-imports-no-server-code",
      comment:
        "The portal runs in browsers and knows the city only through the graph's public operations: no gateway, subgraph or script code.",
      severity: "error",
      from: { path: "^portal/" },
      to: { path: "^(gateway|subgraphs|scripts|schema|tests)/" },
    },
    {
      name: "no-circular",
      severity: "error",
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(dist|node_modules|\\.data|\\.pgdata)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
  },
};
