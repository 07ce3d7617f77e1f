-- Fuzzy search (trigram indexes) and equality in GiST exclusion constraints (non-overlapping price windows).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS btree_gist;
