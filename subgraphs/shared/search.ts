/**
 * Fuzzy search over a module's full-text search documents, as every module with a search box does it:
 * every word of the query must match (AND), each as a prefix (`кабел` finds `кабель`) or as one of the
 * three known words closest to it by trigram similarity (`термнал` finds `терминал`). The known words are
 * a module's `search_words` table (one text column `word`, a trigram GiST index), filled by a trigger from
 * its search documents. One statement for the corrections; the search itself is an indexed match.
 */
import { sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { type Db, preparedOnce } from './db.ts';

/** The full-text query a search compiled to; null matches everything. */
export type SearchQuery = string | null;

/** Words of a search as the index splits them: letters and digits, lower case, at most eight. */
export function searchWordsOf(text: string, fold: (word: string) => string = (w) => w): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map(fold)
    .slice(0, 8);
}

/**
 * The search compiler of one words table. `name` names its prepared statement (unique per module);
 * `fold` maps a query word as the documents' vector maps theirs (e.g. ё → е).
 */
export function searchCompiler(
  words: PgTable,
  name: string,
  fold?: (word: string) => string,
): (db: Db, text: string | null | undefined) => Promise<SearchQuery> {
  return async (db, text) => {
    const list = searchWordsOf(text ?? '', fold);
    if (!list.length) return null;
    const long = list.filter((w) => w.length >= 3);
    const corrections = long.length
      ? await preparedOnce(db, name, (d) =>
          d
            .select({ query: sql<string>`q.w`, word: sql<string>`s.word` })
            .from(sql`unnest(${sql.placeholder('words')}::text[]) as q(w)`)
            .innerJoinLateral(
              sql`(select word from ${words} where word % q.w order by word <-> q.w limit 3) s`,
              sql`true`,
            )
            .prepare(name),
        ).execute({ words: long })
      : [];
    return list
      .map((w) => {
        const alternatives = new Set([
          `${w}:*`,
          ...corrections.filter((c) => c.query === w).map((c) => c.word),
        ]);
        return `(${[...alternatives].join(' | ')})`;
      })
      .join(' & ');
  };
}
