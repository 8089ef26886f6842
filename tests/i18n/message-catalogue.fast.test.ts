import { GATEWAY_MESSAGES } from "../../gateway/messages.uk";
import { placeholderCounts, translator, type Catalogue } from "../../subgraphs/common/i18n/catalogue";
import { COMMON_MESSAGES } from "../../subgraphs/common/i18n/common-messages";
import { SUBGRAPHS } from "../../subgraphs/registry";
import { sourceMessages } from "../helpers/source-messages";

/** The catalogues a file's messages are translated with: its service's own, then the common one. */
function cataloguesOf(file: string): Catalogue[] {
  const owner = /^subgraphs\/([^/]+)\//.exec(file)?.[1];
  if (file.startsWith("gateway/")) return [GATEWAY_MESSAGES, COMMON_MESSAGES];
  if (owner === "common") return [COMMON_MESSAGES];
  const def = SUBGRAPHS[owner as keyof typeof SUBGRAPHS];
  return [def?.messages ?? {}, COMMON_MESSAGES];
}

// Composed at run time from parts that are themselves in the catalogues: an access rule's phrase.
const COMPOSED = ["Sign in to {}"];

describe("Ukrainian messages", () => {
  const messages = sourceMessages("subgraphs", "gateway").filter((m) => !COMPOSED.includes(m.text));

  it("read every message the code gives a person from its source", () => {
    // A sample that proves the reading sees each kind of place a message is written.
    const texts = messages.map((m) => m.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        "email must be an e-mail address such as name@example.com", // a class-validator decorator
        "category must be one of {}", // badInput
        "Appeal {} does not exist or is not yours to see", // userError
        "Sign in to see appeals", // an access rule
        "Appeal statistics are for managers, analysts and admins",
        "Date must be a calendar day written YYYY-MM-DD, got {}", // a scalar's rule
        "Too many submissions: at most {} in {} s; try again in {} s", // the gateway
      ]),
    );
    expect(messages.length).toBeGreaterThan(100);
  });

  it("have a translation for every message, in the catalogue of the service that gives it", () => {
    const missing = messages
      .filter((m) => !cataloguesOf(m.file).some((catalogue) => m.text in catalogue))
      .map((m) => `${m.file}: ${m.text}`);
    expect(missing).toEqual([]);
  });

  it("keep every part of the English in the Ukrainian, and nothing the code no longer says", () => {
    const all: [string, Catalogue][] = [
      ["common", COMMON_MESSAGES],
      ["gateway", GATEWAY_MESSAGES],
      ...Object.entries(SUBGRAPHS).map(([name, def]): [string, Catalogue] => [name, def.messages ?? {}]),
    ];
    const said = new Set(messages.map((m) => m.text));
    for (const [name, catalogue] of all) {
      for (const [en, uk] of Object.entries(catalogue)) {
        const counts = placeholderCounts(en, uk);
        expect({ name, en, placeholders: counts.uk }).toEqual({ name, en, placeholders: counts.en });
        expect({ name, en, stillSaid: said.has(en) }).toEqual({ name, en, stillSaid: true });
      }
    }
  });

  it("put the parts where Ukrainian wants them and leave unknown messages as they are", () => {
    const translate = translator({ "{} (staff {}) works in {}": "{2} ({1}) працює в {3}" });
    expect(translate("Ірина (staff 8) works in 06", "uk")).toBe("8 (Ірина) працює в 06");
    expect(translate("Ірина (staff 8) works in 06", "en")).toBe("Ірина (staff 8) works in 06");
    expect(translate("Something new", "uk")).toBe("Something new");
  });
});
