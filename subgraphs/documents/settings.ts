import path from "node:path";
import type { EnvReader } from "../common/env";

/** What the documents subgraph reads for itself, besides what every subgraph reads (common/config.ts). */
export interface DocumentsSettings {
  /** Where file versions are stored (content-addressed), and the largest upload accepted. */
  files: { dir: string; maxBytes: number };
}

/** FILES_DIR (default `.files`, resolved against the working directory) and MAX_FILE_BYTES (200 MiB). */
export function readDocumentsSettings(env: EnvReader): DocumentsSettings {
  return {
    files: {
      dir: path.resolve(env.string("FILES_DIR", ".files")),
      maxBytes: env.int("MAX_FILE_BYTES", 200 * 1024 * 1024),
    },
  };
}
