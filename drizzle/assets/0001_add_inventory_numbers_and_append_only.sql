-- Inventory numbers: INV- and six digits or more from this sequence (see domain/identifiers.ts).
CREATE SEQUENCE "assets"."inventory_seq" START WITH 1;
--> statement-breakpoint
CREATE FUNCTION "assets".append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'assets.% is append-only', TG_TABLE_NAME;
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON "assets".audit_log
  FOR EACH ROW EXECUTE FUNCTION "assets".append_only();
--> statement-breakpoint
CREATE TRIGGER history_append_only BEFORE UPDATE OR DELETE ON "assets".history
  FOR EACH ROW EXECUTE FUNCTION "assets".append_only();
