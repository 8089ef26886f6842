import { Router } from "express";
import { assertAllowed } from "../common/authorization";
import { csvRoute } from "../common/csv-route";
import type { SubgraphRouteDeps } from "../common/definition";
import { APPEAL_STATISTICS } from "./services/appeal-access";
import { appealStatisticsTable } from "./services/appeal-statistics-csv";

/**
 * `GET /appeals/statistics.csv?from=…&to=…&groupBy=CATEGORY,MONTH`: appealStatisticsGrid as a table, for the
 * same roles as the graph's field (APPEAL_STATISTICS).
 */
export function appealsOpenDataRouter(deps: SubgraphRouteDeps): Router {
  const router = Router();
  router.get(
    "/statistics.csv",
    csvRoute(deps.log, async (req, viewer) => {
      assertAllowed(viewer, APPEAL_STATISTICS);
      return appealStatisticsTable(deps.db, req.query);
    }),
  );
  return router;
}
