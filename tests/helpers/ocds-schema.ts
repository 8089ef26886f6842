import { readFileSync } from "node:fs";
import path from "node:path";
import Ajv04 from "ajv-draft-04";
import addFormats from "ajv-formats";

const SCHEMAS = path.resolve(__dirname, "../fixtures/ocds-schema-1.1.5");

/** A validator of OCDS 1.1.5 release packages, from the official schemas (JSON Schema draft-04). */
export function releasePackageValidator() {
  const ajv = new Ajv04({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addSchema(JSON.parse(readFileSync(path.join(SCHEMAS, "release-schema.json"), "utf8")));
  return ajv.compile(JSON.parse(readFileSync(path.join(SCHEMAS, "release-package-schema.json"), "utf8")));
}
