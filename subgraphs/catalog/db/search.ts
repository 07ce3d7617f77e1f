import { type SQL, sql } from 'drizzle-orm';
import { searchCompiler } from '../../shared/search.ts';
import { items, searchWords } from './tables.ts';

export type { SearchQuery } from '../../shared/search.ts';

/** The tsquery a search compiled to, as SQL. */
export const tsquery = (q: string): SQL => sql`to_tsquery('simple', ${q})`;

/** Search rank: how well an item's words match (cast to float8 so keyset cursors compare it exactly). */
export const searchRank = (q: string): SQL => sql`ts_rank(${items}.search_vector, ${tsquery(q)})::float8`;

/** `items.search_vector @@ query`. */
export const searchMatches = (q: string): SQL => sql`${items}.search_vector @@ ${tsquery(q)}`;

/** Compiles a search into a full-text query over the catalog's known words (see `shared/search.ts`). */
export const compileSearch = searchCompiler(searchWords, 'search_corrections');
