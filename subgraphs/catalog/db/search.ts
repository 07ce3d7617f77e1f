import { type SQL, sql } from 'drizzle-orm';
import { type Db, preparedOnce } from '../../shared/db.ts';
import { items, searchWords } from './tables.ts';

/** The full-text query a search compiled to (see `compileSearch`); null matches everything. */
export type SearchQuery = string | null;

/** The tsquery a search compiled to, as SQL. */
export const tsquery = (q: string): SQL => sql`to_tsquery('simple', ${q})`;

/** Search rank: how well an item's words match (cast to float8 so keyset cursors compare it exactly). */
export const searchRank = (q: string): SQL => sql`ts_rank(${items}.search_vector, ${tsquery(q)})::float8`;

/** `items.search_vector @@ query`. */
export const searchMatches = (q: string): SQL => sql`${items}.search_vector @@ ${tsquery(q)}`;

/** Words of a search as the index splits them: letters and digits, lower case, at most eight. */
export function searchWordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 8);
}

/**
 * Compiles a search into a full-text query: every word must match (AND), each as a prefix (`кабел` finds
 * `кабель`) or as one of the three known words closest to it by trigram similarity (`термнал` finds
 * `терминал`). One statement for the corrections, then the search itself is an indexed full-text match.
 */
export async function compileSearch(db: Db, text: string | null | undefined): Promise<SearchQuery> {
  const words = searchWordsOf(text ?? '');
  if (!words.length) return null;
  const long = words.filter((w) => w.length >= 3);
  const corrections = long.length
    ? await preparedOnce(db, 'search_corrections', (d) =>
        d
          .select({ query: sql<string>`q.w`, word: sql<string>`s.word` })
          .from(sql`unnest(${sql.placeholder('words')}::text[]) as q(w)`)
          .innerJoinLateral(
            sql`(select word from ${searchWords} where word % q.w order by word <-> q.w limit 3) s`,
            sql`true`,
          )
          .prepare('search_corrections'),
      ).execute({ words: long })
    : [];
  return words
    .map((w) => {
      const alternatives = new Set([
        `${w}:*`,
        ...corrections.filter((c) => c.query === w).map((c) => c.word),
      ]);
      return `(${[...alternatives].join(' | ')})`;
    })
    .join(' & ');
}
