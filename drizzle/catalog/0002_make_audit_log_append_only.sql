CREATE FUNCTION "catalog".audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'catalog.audit_log is append-only';
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON "catalog".audit_log
  FOR EACH ROW EXECUTE FUNCTION "catalog".audit_log_append_only();
