INSERT INTO "warehouse"."locations" (kind, code, name) VALUES
  ('SUPPLIER', 'SUPPLIER', 'Поставщики'),
  ('CUSTOMER', 'CUSTOMER', 'Абоненты и потребление'),
  ('IN_TRANSIT', 'IN-TRANSIT', 'В пути'),
  ('LOSS', 'LOSS', 'Списание и недостачи');
--> statement-breakpoint
CREATE UNIQUE INDEX locations_one_system_location_uniq ON "warehouse"."locations" (kind)
  WHERE kind IN ('SUPPLIER', 'CUSTOMER', 'IN_TRANSIT', 'LOSS');
--> statement-breakpoint
CREATE FUNCTION "warehouse".append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'warehouse.% is append-only', TG_TABLE_NAME;
END $$;
--> statement-breakpoint
CREATE TRIGGER moves_append_only BEFORE UPDATE OR DELETE ON "warehouse".moves
  FOR EACH ROW EXECUTE FUNCTION "warehouse".append_only();
--> statement-breakpoint
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON "warehouse".audit_log
  FOR EACH ROW EXECUTE FUNCTION "warehouse".append_only();
