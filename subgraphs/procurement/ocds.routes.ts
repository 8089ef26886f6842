import { Router } from "express";
import type { SubgraphRouteDeps } from "../common/definition";
import { exportReleasePackage } from "./ocds/ocds-export";

/** `GET /ocds/releases.json`: every process as an OCDS 1.1 release package (public data). */
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
  return router;
}
