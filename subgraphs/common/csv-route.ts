import type { Request, RequestHandler, Response } from "express";
import { stringify } from "csv-stringify/sync";
import { GraphQLError } from "graphql";
import type { Logger } from "pino";
import type { Identity } from "./identity";
import { viewerOf, type Viewer } from "./viewer";

const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404 };

/** A table to download: a header row of column names and the rows, each value as the graph gives it. */
export interface CsvTable {
  fileName: string;
  columns: string[];
  rows: (string | number | boolean | null)[][];
}

/**
 * A GET route answering an open-data CSV (RFC 4180: comma-separated, quoted where needed, CRLF rows, decimals
 * with a point as in the graph), UTF-8 with a byte order mark: without it Excel, as set up in Ukraine, reads the
 * file as Windows-1251 and garbles every Cyrillic name; with it Excel, LibreOffice and CSV libraries (csv-parse's
 * `bom`, pandas' `utf-8-sig`) read UTF-8. The caller comes from the verified identity envelope (routes are
 * reached only through the gateway); a user error answers its HTTP status with the GraphQL error shape.
 */
export function csvRoute(log: Logger, table: (req: Request, viewer: Viewer) => Promise<CsvTable>): RequestHandler {
  return async (req: Request, res: Response) => {
    const { identity, requestId } = res.locals.envelope as { identity: Identity; requestId: string };
    try {
      const { fileName, columns, rows } = await table(req, viewerOf(identity));
      res
        .status(200)
        .type("text/csv; charset=utf-8")
        .set("content-disposition", `attachment; filename="${fileName}"`)
        .send(stringify(rows, { bom: true, header: true, columns, record_delimiter: "windows" }));
    } catch (err) {
      const code = err instanceof GraphQLError ? err.extensions.code : undefined;
      if (typeof code === "string" && STATUS[code])
        return void res
          .status(STATUS[code])
          .json({ errors: [{ message: (err as Error).message, extensions: { code, requestId } }] });
      log.error({ err, requestId }, "CSV download failed");
      res.status(500).json({
        errors: [{ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR", requestId } }],
      });
    }
  };
}
