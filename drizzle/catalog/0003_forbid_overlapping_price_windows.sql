ALTER TABLE "catalog"."prices" ADD CONSTRAINT "prices_no_overlap_excl"
  EXCLUDE USING gist ("item_id" WITH =, "currency" WITH =, tstzrange("valid_from", "valid_to") WITH &&);
