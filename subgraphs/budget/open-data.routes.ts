import { Router } from "express";
import { csvRoute } from "../common/csv-route";
import type { SubgraphRouteDeps } from "../common/definition";
import { badInput } from "../common/errors";
import { budgetLinesTable } from "./services/budget-lines-csv";
import { checkYear } from "./services/year";

/** `GET /budget/lines.csv?year=YYYY`: the year's expenditure lines as open data (public, as the graph's lines). */
export function budgetOpenDataRouter(deps: SubgraphRouteDeps): Router {
  const router = Router();
  router.get(
    "/lines.csv",
    csvRoute(deps.log, async (req) => {
      const year = String(req.query.year ?? "");
      if (!/^\d{4}$/.test(year)) throw badInput("year", `year must be a year such as 2025, got "${year.slice(0, 20)}"`);
      return budgetLinesTable(deps.db, checkYear(Number(year)));
    }),
  );
  return router;
}
