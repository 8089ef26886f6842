import Negotiator from "negotiator";
import type { Language } from "./catalogue";

const OFFERED: Language[] = ["uk", "en"];

/**
 * The language a request's `Accept-Language` prefers among those offered (q-values, `en-US` for
 * `en`, negotiated by `negotiator`, the package Express itself uses); Ukrainian when it names
 * neither or is absent.
 */
export function requestLanguage(req: { headers: Record<string, string | string[] | undefined> }): Language {
  const language = new Negotiator(req).language(OFFERED);
  return language === "en" ? "en" : "uk";
}
