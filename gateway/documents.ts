import type { DocumentNode } from 'graphql';
import { ExpiringCache } from '../subgraphs/shared/cache.ts';

/** Parsed and validated operations the gateway keeps: at most 16 MiB of them, by their text's size. */
export const DOCUMENT_STORE_BYTES = 16 * 1024 * 1024;

/**
 * Apollo's document store, bounded in bytes: a document holds its source text (comments and all) and its
 * tokens, about three times the text, so a cache that counted entries only could be filled with huge
 * texts. Only operations that parsed and validated are stored (Apollo stores after validation), and only
 * authenticated callers' — or a stranger's introspection, whose body is small — ever reach it.
 */
export function documentStore() {
  const cache = new ExpiringCache<DocumentNode>(5_000, {
    maxBytes: DOCUMENT_STORE_BYTES,
    sizeOf: (key, doc) => key.length + 3 * (doc.loc?.source.body.length ?? 1_000),
  });
  return {
    get: async (key: string) => cache.get(key),
    set: async (key: string, value: DocumentNode) => cache.set(key, value),
    delete: async (key: string) => {
      cache.delete(key);
      return true;
    },
  };
}
