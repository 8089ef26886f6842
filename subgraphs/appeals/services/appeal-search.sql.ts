import type { SqlParams } from "../../common/sql-params";
import { wordSearchSql } from "../../common/word-search";
import { normalizeTrackingCode } from "./tracking-code";

/** What a registration number looks like as typed: "З-17/2026", "з 17/2026", "17/2026". */
const REGISTRATION_NUMBER = /^(?:[зЗ3]\s*-?\s*)?(\d{1,9})\s*\/\s*(\d{4})$/;
/** A phone or a part of one (or of a number): digits with the usual separators, at least five digits. */
const DIGITS = /^[+\d\s()-]+$/;
const EMAIL = /^\S*@\S*$/;

const likeEscape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The search of the appeal queue, as conditions and a rank over alias `a`, by what the search
 * looks like. Every condition is served by an index, so PostgreSQL answers with index scans
 * (a bitmap OR where there are several):
 * - a whole tracking code or registration number: that appeal only (unique indexes);
 * - an e-mail or part of one: the e-mail word, or the text as a substring (trigram GIN);
 * - digits (a phone or part of one, 0… and 380… alike; a part of a number): a substring of the
 *   stored digits (trigram GIN);
 * - anything else, words: the words and their prefixes (tsvector GIN over subject, text, name,
 *   address, e-mail, location) or trigram word similarity to the short fields (partial names,
 *   addresses, other word forms).
 * Text is folded as appeals.search_norm folds the stored columns (case, apostrophes). `trgm` is
 * the quoted schema of pg_trgm (trgmSchema).
 */
export function appealSearchSql(search: string, p: SqlParams, trgm: string): { where: string; score: string } {
  const code = normalizeTrackingCode(search);
  if (code) return { where: `a.tracking_code = ${p.add(code)}`, score: "1::float8" };
  const number = REGISTRATION_NUMBER.exec(search);
  if (number)
    return { where: `a.registration_number = ${p.add(`З-${Number(number[1])}/${number[2]}`)}`, score: "1::float8" };

  // Every parameter a branch adds appears in its condition: the count statement carries the
  // condition only, and PostgreSQL must know the type of each parameter it is given.
  const rounded = (score: string) => `round((${score})::numeric, 6)::float8`;
  const similarity = (text: string) => `${trgm}.word_similarity(${text}, a.search_text)`;
  const digits = search.replace(/\D/g, "");
  if (DIGITS.test(search) && digits.length >= 5) {
    // A whole phone is normalised as stored; a part typed with the national 0 loses it ("067 111" → "67111").
    const phone = `appeals.normalize_phone(${p.add(digits.length < 10 && digits.startsWith("0") ? digits.slice(1) : digits)})`;
    return { where: `a.search_text LIKE '%' || ${phone} || '%'`, score: rounded(similarity(phone)) };
  }
  if (EMAIL.test(search)) {
    const norm = `appeals.search_norm(${p.add(search)})`;
    const like = `a.search_text LIKE appeals.search_norm(${p.add(`%${likeEscape(search)}%`)})`;
    return {
      where: `(a.search_vector @@ plainto_tsquery('simple', ${norm}) OR ${like})`,
      score: rounded(similarity(norm)),
    };
  }

  return wordSearchSql(search, p, {
    vector: "a.search_vector",
    text: "a.search_text",
    trgm,
    fold: (param) => `appeals.search_norm(${param})`,
  });
}
