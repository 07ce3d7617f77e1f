-- Account numbers: seven digits from this sequence and a Luhn check digit (see domain/accounts.ts).
CREATE SEQUENCE "subscribers"."account_seq" START WITH 1000001;
--> statement-breakpoint
-- Search document of a subscriber: names and every premises' address (written by the verbs into
-- search_text), as 'simple' words (no stemming, so Russian and English behave alike; ё read as е).
ALTER TABLE "subscribers"."subscribers" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  to_tsvector('simple'::regconfig, regexp_replace(translate(lower("search_text"), 'ё', 'е'), '[^[:alnum:]]+', ' ', 'g'))
) STORED;
--> statement-breakpoint
CREATE INDEX "subscribers_search_vector_idx" ON "subscribers"."subscribers" USING gin ("search_vector");
--> statement-breakpoint
-- Every word of every search document, for correcting typos in a search. Numbers are matched by prefix,
-- never corrected.
CREATE FUNCTION "subscribers".remember_search_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "subscribers"."search_words" (word)
    SELECT w FROM unnest(tsvector_to_array(NEW.search_vector)) AS w
    WHERE length(w) BETWEEN 3 AND 60 AND w !~ '^[0-9]+$'
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER subscribers_remember_search_words AFTER INSERT OR UPDATE OF search_text
  ON "subscribers"."subscribers" FOR EACH ROW EXECUTE FUNCTION "subscribers".remember_search_words();
--> statement-breakpoint
CREATE FUNCTION "subscribers".append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'subscribers.% is append-only', TG_TABLE_NAME;
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON "subscribers".audit_log
  FOR EACH ROW EXECUTE FUNCTION "subscribers".append_only();
--> statement-breakpoint
CREATE TRIGGER subscriber_status_changes_append_only BEFORE UPDATE OR DELETE ON "subscribers".subscriber_status_changes
  FOR EACH ROW EXECUTE FUNCTION "subscribers".append_only();
--> statement-breakpoint
CREATE TRIGGER service_status_changes_append_only BEFORE UPDATE OR DELETE ON "subscribers".service_status_changes
  FOR EACH ROW EXECUTE FUNCTION "subscribers".append_only();
