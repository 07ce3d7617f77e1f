CREATE SEQUENCE "catalog"."internal_barcode_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "catalog"."search_words" (
	"word" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
DROP INDEX "catalog"."items_name_trgm_idx";--> statement-breakpoint
DROP INDEX "catalog"."items_sku_trgm_idx";--> statement-breakpoint
CREATE INDEX "search_words_word_trgm_idx" ON "catalog"."search_words" USING gist ("word" gist_trgm_ops);