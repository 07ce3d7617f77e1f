-- Search document of an item: SKU, name, manufacturer and part number as 'simple' words (no stemming, so
-- Russian and English behave alike), split on every non-alphanumeric character so "SC/APC" and
-- "SKU-0001234" are found by their parts. Kept out of the Drizzle table so rows never carry it.
ALTER TABLE "catalog"."items" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  to_tsvector('simple'::regconfig, regexp_replace(
    coalesce("sku", '') || ' ' || coalesce("name", '') || ' ' || coalesce("manufacturer", '') || ' ' ||
    coalesce("vendor_part_number", ''), '[^[:alnum:]]+', ' ', 'g'))
) STORED;
--> statement-breakpoint
CREATE INDEX "items_search_vector_idx" ON "catalog"."items" USING gin ("search_vector");
--> statement-breakpoint
-- Every word of every search document, for correcting typos in a query (see catalog.search_words).
-- Numbers are left out: a number is matched by prefix, never corrected.
CREATE FUNCTION "catalog".remember_search_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "catalog"."search_words" (word)
    SELECT w FROM unnest(tsvector_to_array(NEW.search_vector)) AS w
    WHERE length(w) BETWEEN 3 AND 60 AND w !~ '^[0-9]+$'
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER items_remember_search_words AFTER INSERT OR UPDATE OF sku, name, manufacturer, vendor_part_number
  ON "catalog"."items" FOR EACH ROW EXECUTE FUNCTION "catalog".remember_search_words();
--> statement-breakpoint
INSERT INTO "catalog"."search_words" (word)
  SELECT DISTINCT w FROM "catalog"."items", unnest(tsvector_to_array(search_vector)) AS w
  WHERE length(w) BETWEEN 3 AND 60 AND w !~ '^[0-9]+$'
ON CONFLICT DO NOTHING;
