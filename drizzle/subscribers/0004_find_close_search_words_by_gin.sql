DROP INDEX "subscribers"."search_words_word_trgm_idx";--> statement-breakpoint
CREATE INDEX "search_words_word_trgm_idx" ON "subscribers"."search_words" USING gin ("word" gin_trgm_ops);