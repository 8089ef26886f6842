import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

/** A message as written in the source: its text with each `${…}` as `{}`, and where it is. */
export interface SourceMessage {
  text: string;
  file: string;
}

/**
 * Calls whose arguments are messages a person reads: the argument's index, and what the message
 * adds around it (an access rule's phrase completes "Sign in to …"; a scalar's rule is followed by
 * the refused value).
 */
const MESSAGE_ARGUMENTS = new Map<string, [number, string, string][]>(
  Object.entries({
    badInput: [[1, "", ""]],
    userError: [[1, "", ""]],
    serviceUnavailable: [[1, "", ""]],
    forbidden: [[0, "", ""]],
    unauthenticated: [[0, "", ""]],
    badRequest: [[0, "", ""]],
    rejected: [[0, "", ""]],
    GraphQLError: [[0, "", ""]],
    limitError: [[0, "", ""]],
    refused: [[0, "", ", got {}"]],
    signedIn: [[0, "Sign in to ", ""]],
    withRole: [
      [1, "Sign in to ", ""],
      [2, "", ""],
    ],
  }),
);

function textOf(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node))
    return node.head.text + node.templateSpans.map((span) => `{}${span.literal.text}`).join("");
  return null;
}

function calleeName(call: ts.CallExpression | ts.NewExpression): string {
  const e = call.expression;
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) return e.name.text;
  return "";
}

function collect(file: string, found: SourceMessage[]): void {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      for (const [index, before, after] of MESSAGE_ARGUMENTS.get(calleeName(node)) ?? []) {
        const arg = node.arguments?.[index];
        const text = arg && textOf(arg);
        if (text && text !== "{}, got {}") found.push({ text: `${before}${text}${after}`, file });
      }
    }
    // class-validator's `{ message: "…" }`.
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && node.name.text === "message") {
      const text = textOf(node.initializer);
      if (text) found.push({ text, file });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "migrations" ? [] : sources(full);
    return entry.name.endsWith(".ts") ? [full] : [];
  });
}

/** Every message the code under `dirs` (relative to the repository) can give a person. */
export function sourceMessages(...dirs: string[]): SourceMessage[] {
  const root = path.resolve(__dirname, "..", "..");
  const found: SourceMessage[] = [];
  for (const dir of dirs) for (const file of sources(path.join(root, dir))) collect(file, found);
  return found.map((m) => ({ ...m, file: path.relative(root, m.file) }));
}
