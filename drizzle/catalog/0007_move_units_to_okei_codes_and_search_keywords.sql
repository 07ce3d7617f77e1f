-- Units of measure become OKEI codes (ОК 015-94). The common codes, with the Russian name and symbol,
-- the international symbol where OKEI gives one, and what the unit counts.
INSERT INTO "catalog"."units" ("code", "name", "symbol", "international_symbol", "kind") VALUES
  ('003', 'Миллиметр', 'мм', 'mm', 'LENGTH'),
  ('006', 'Метр', 'м', 'm', 'LENGTH'),
  ('008', 'Километр; тысяча метров', 'км', 'km', 'LENGTH'),
  ('018', 'Погонный метр', 'пог. м', NULL, 'LENGTH'),
  ('163', 'Грамм', 'г', 'g', 'MASS'),
  ('166', 'Килограмм', 'кг', 'kg', 'MASS'),
  ('168', 'Тонна; метрическая тонна', 'т', 't', 'MASS'),
  ('112', 'Литр; кубический дециметр', 'л', 'l', 'VOLUME'),
  ('113', 'Кубический метр', 'м3', 'm3', 'VOLUME'),
  ('356', 'Час', 'ч', 'h', 'TIME'),
  ('359', 'Сутки', 'сут', 'd', 'TIME'),
  ('362', 'Месяц', 'мес', 'mon', 'TIME'),
  ('364', 'Квартал', 'кварт', NULL, 'TIME'),
  ('715', 'Пара (2 шт.)', 'пар', 'pr', 'COUNT'),
  ('736', 'Рулон', 'рул', NULL, 'COUNT'),
  ('778', 'Упаковка', 'упак', NULL, 'COUNT'),
  ('796', 'Штука', 'шт', 'pc', 'COUNT'),
  ('839', 'Комплект', 'компл', NULL, 'COUNT'),
  ('876', 'Условная единица', 'усл. ед.', NULL, 'SERVICE')
ON CONFLICT ("code") DO NOTHING;
--> statement-breakpoint
-- The seven old unit names become their codes. Any other value (the column had no check) is left as it
-- is, so the foreign key of the next migration refuses it instead of this one guessing a unit.
UPDATE "catalog"."items" SET "unit" = CASE "unit"
    WHEN 'PCS' THEN '796' WHEN 'M' THEN '006' WHEN 'KG' THEN '166' WHEN 'L' THEN '112'
    WHEN 'SET' THEN '839' WHEN 'MONTH' THEN '362' WHEN 'SERVICE' THEN '876' ELSE "unit" END
  WHERE "unit" IN ('PCS', 'M', 'KG', 'L', 'SET', 'MONTH', 'SERVICE');
--> statement-breakpoint
-- Equipment models are tracked by serial (the default) and, until said otherwise, not by MAC.
UPDATE "catalog"."items" SET "tracked_by_serial" = true, "tracked_by_mac" = false
  WHERE "kind" = 'EQUIPMENT_MODEL';
--> statement-breakpoint
-- Prices in roubles are retail prices with VAT; a price in another currency is a vendor's list without.
UPDATE "catalog"."prices" SET "includes_vat" = false WHERE "currency" <> 'RUB';
--> statement-breakpoint
-- VAT windows of one item never overlap, as price windows do not (days, [valid_from, valid_to)).
ALTER TABLE "catalog"."vat_rates" ADD CONSTRAINT "vat_rates_no_overlap_excl"
  EXCLUDE USING gist ("item_id" WITH =, daterange("valid_from", "valid_to") WITH &&);
--> statement-breakpoint
-- The search document gains the item's keywords. array_to_string is only STABLE in general (element
-- output functions may depend on settings); for text[] it is immutable, which a generated column needs.
CREATE FUNCTION "catalog".item_search_document(sku text, name text, manufacturer text, part_number text, keywords text[])
  RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT regexp_replace(
    coalesce(sku, '') || ' ' || coalesce(name, '') || ' ' || coalesce(manufacturer, '') || ' ' ||
    coalesce(part_number, '') || ' ' || coalesce(array_to_string(keywords, ' '), ''), '[^[:alnum:]]+', ' ', 'g')
$$;
--> statement-breakpoint
DROP TRIGGER "items_remember_search_words" ON "catalog"."items";
--> statement-breakpoint
DROP FUNCTION "catalog".remember_search_words();
--> statement-breakpoint
ALTER TABLE "catalog"."items" DROP COLUMN "search_vector";
--> statement-breakpoint
ALTER TABLE "catalog"."items" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  to_tsvector('simple'::regconfig,
    "catalog".item_search_document("sku", "name", "manufacturer", "vendor_part_number", "keywords"))
) STORED;
--> statement-breakpoint
CREATE INDEX "items_search_vector_idx" ON "catalog"."items" USING gin ("search_vector");
--> statement-breakpoint
-- Every word of the rows a statement wrote, once per statement (a transition table) rather than once per
-- row: an import of 50,000 items inserts the new words in one statement. Sorted, so two writers adding
-- the same new words take their locks in one order. Numbers are left out: matched by prefix, never
-- corrected. A trigger with a transition table takes one event and no column list, hence two.
CREATE FUNCTION "catalog".remember_search_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "catalog"."search_words" (word)
    SELECT DISTINCT w FROM written, unnest(tsvector_to_array(written.search_vector)) AS w
    WHERE length(w) BETWEEN 3 AND 60 AND w !~ '^[0-9]+$'
    ORDER BY w
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER items_remember_search_words_on_insert AFTER INSERT ON "catalog"."items"
  REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION "catalog".remember_search_words();
--> statement-breakpoint
CREATE TRIGGER items_remember_search_words_on_update AFTER UPDATE ON "catalog"."items"
  REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION "catalog".remember_search_words();
