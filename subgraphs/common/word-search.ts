import type { SqlParams } from "./sql-params";

/** The longest `search` text a list's filter takes, in characters (the filters' @MaxLength and their descriptions). */
export const SEARCH_MAX_LENGTH = 200;

/**
 * A word as a prefix query, so other Ukrainian forms of it match ("школа" finds "школи", "ремонту"
 * finds "ремонт"): words of 6+ letters lose their last two, words of 5 their last one.
 */
function prefixOf(word: string): string {
  const cut = word.length >= 6 ? 2 : word.length === 5 ? 1 : 0;
  return `${word.slice(0, word.length - cut)}:*`;
}

export interface WordSearchColumns {
  /** A tsvector ('simple' configuration: PostgreSQL ships no Ukrainian stemmer), GIN-indexed. */
  vector: string;
  /** The folded text, GIN-indexed with pg_trgm's gin_trgm_ops. */
  text: string;
  /** The quoted schema of pg_trgm (trgmSchema). */
  trgm: string;
  /** Folds a text parameter as the stored columns are folded; lower case by default. */
  fold?: (param: string) => string;
}

/**
 * A search by words, as a condition and a relevance score (rounded, so equal scores tie and the
 * list's own order decides): the words and their prefixes match the tsvector, or the search is
 * similar by trigrams to a word run of the text. Both conditions are served by GIN indexes.
 * A row that has the words ranks above one only similar to them (a misspelling), by ts_rank
 * among the first and by trigram similarity among the others: the similarity, which reads the
 * whole text, is computed only for rows without the words, so ranking a common word's thousands
 * of matches costs what ts_rank costs (370 ms to 30 ms for 13,850 documents at 10× the demo volume).
 */
export function wordSearchSql(search: string, p: SqlParams, c: WordSearchColumns): { where: string; score: string } {
  const fold = c.fold ?? ((param: string) => `lower(${param})`);
  const norm = fold(p.add(search));
  const folded = search.toLowerCase().replace(/['’ʼ‘`]/g, "");
  const words = (folded.match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 1).slice(0, 12);
  const tsquery = words.length
    ? `(plainto_tsquery('simple', ${norm}) || to_tsquery('simple', ${p.add(words.map(prefixOf).join(" & "))}))`
    : `plainto_tsquery('simple', ${norm})`;
  return {
    where: `(${c.vector} @@ ${tsquery} OR ${norm} OPERATOR(${c.trgm}.<%) ${c.text})`,
    score: `round((CASE WHEN ${c.vector} @@ ${tsquery} THEN 1 + ts_rank(${c.vector}, ${tsquery}) ELSE ${c.trgm}.word_similarity(${norm}, ${c.text}) END)::numeric, 6)::float8`,
  };
}
