import { readFileSync } from "node:fs";
import path from "node:path";
import { parse, print, type OperationDefinitionNode } from "graphql";

/** The client contract kept in `schema/operations/`, as the first clients ship it. */
const CONTRACT_DIR = path.resolve(__dirname, "../../schema/operations");

/** One operation of a contract file, printed exactly as the client sends it. */
export function contractOperation(file: "portal" | "portal-pages" | "staff" | "dashboards", name: string): string {
  const document = parse(readFileSync(path.join(CONTRACT_DIR, `${file}.graphql`), "utf8"));
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === "OperationDefinition" && d.name?.value === name,
  );
  if (!operation) throw new Error(`No operation ${name} in contract/${file}.graphql`);
  return print(operation);
}
