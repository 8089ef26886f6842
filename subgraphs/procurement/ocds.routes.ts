import { Router } from "express";
import type { SubgraphRouteDeps } from "../common/definition";
import { exportReleasePackage } from "./ocds/ocds-export";
import { csvRoute } from "../common/csv-route";
import { tendersTable } from "./services/tenders-csv";

/**
 * `GET /ocds/releases.json`: every process as an OCDS 1.1 release package; `GET /ocds/tenders.csv`: every tender
 * as a table (tendersTable). Both public data.
 */
export function ocdsRouter(deps: SubgraphRouteDeps): Router {
  const router = Router();
  router.get("/releases.json", async (req, res, next) => {
    try {
      const uri = `${req.protocol}://${req.get("x-forwarded-host") ?? req.get("host")}/ocds/releases.json`;
      res.type("application/json").send(JSON.stringify(await exportReleasePackage(deps.db, uri)));
    } catch (err) {
      next(err);
    }
  });
  router.get(
    "/tenders.csv",
    csvRoute(deps.log, () => tendersTable(deps.db)),
  );
  return router;
}
