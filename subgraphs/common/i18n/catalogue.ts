/**
 * The languages a person may read errors in: Ukrainian, the city's, unless the caller asks for
 * English (`Accept-Language: en`). Error codes never change with the language.
 */
export type Language = "uk" | "en";

/**
 * Ukrainian for the English messages a service gives, gettext-style: the key is the English
 * message as the code writes it, each `${…}` of the code written `{}`; the value is the Ukrainian,
 * naming those parts `{1}`, `{2}`… in the order the English has them (Ukrainian may reorder them).
 * The parts themselves (ids, numbers, field names, status codes) are shown as they are.
 */
export type Catalogue = Readonly<Record<string, string>>;

interface Entry {
  pattern: RegExp;
  uk: string;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function compile(catalogue: Catalogue): Entry[] {
  return Object.entries(catalogue).map(([en, uk]) => ({
    pattern: new RegExp(`^${en.split("{}").map(escape).join("([\\s\\S]*?)")}$`),
    uk,
  }));
}

/** Translates messages with the catalogues given (a service's own, then the common one). */
export function translator(...catalogues: Catalogue[]): (message: string, language: Language) => string {
  const entries = catalogues.flatMap(compile);
  return (message, language) => {
    if (language === "en") return message;
    for (const { pattern, uk } of entries) {
      const match = pattern.exec(message);
      if (match) return uk.replace(/\{(\d+)\}/g, (_, i: string) => match[Number(i)] ?? "");
    }
    return message;
  };
}

/** Placeholders of a catalogue entry: `{}` in the English, `{n}` in the Ukrainian. */
export function placeholderCounts(en: string, uk: string): { en: number; uk: number } {
  return { en: en.split("{}").length - 1, uk: new Set(uk.match(/\{\d+\}/g) ?? []).size };
}
