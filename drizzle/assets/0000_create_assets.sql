CREATE SCHEMA "assets";
--> statement-breakpoint
CREATE TABLE "assets"."audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" text NOT NULL,
	"actor_roles" text[] NOT NULL,
	"request_id" text,
	"entity_type" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"action" text NOT NULL,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
CREATE TABLE "assets"."equipment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"serial" text NOT NULL,
	"inventory_number" text NOT NULL,
	"model_id" uuid NOT NULL,
	"role" text NOT NULL,
	"status" text NOT NULL,
	"place_kind" text NOT NULL,
	"place_id" uuid,
	"subscriber_id" uuid,
	"macs" text[] DEFAULT '{}' NOT NULL,
	"management_ip" "inet",
	"firmware" text,
	"purchase_date" date,
	"warranty_until" date,
	"cost" numeric(14, 2),
	"attributes" jsonb,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "equipment_role_check" CHECK ("assets"."equipment"."role" in ('CPE', 'ACCESS', 'AGGREGATION', 'CORE', 'PASSIVE')),
	CONSTRAINT "equipment_status_check" CHECK ("assets"."equipment"."status" in ('IN_STOCK', 'RESERVED', 'INSTALLED', 'IN_REPAIR', 'DECOMMISSIONED', 'WRITTEN_OFF', 'LOST')),
	CONSTRAINT "equipment_place_check" CHECK ("assets"."equipment"."place_kind" in ('WAREHOUSE', 'PREMISES', 'SITE'))
);
--> statement-breakpoint
CREATE TABLE "assets"."history" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"equipment_id" uuid NOT NULL,
	"at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"by" text NOT NULL,
	"change" text NOT NULL,
	"before" jsonb,
	"after" jsonb,
	"reason" text,
	"document_id" uuid
);
--> statement-breakpoint
CREATE TABLE "assets"."idempotency_keys" (
	"actor_id" text NOT NULL,
	"operation" text NOT NULL,
	"key" text NOT NULL,
	"request_hash" text NOT NULL,
	"result" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_keys_pk" PRIMARY KEY("actor_id","operation","key")
);
--> statement-breakpoint
CREATE TABLE "assets"."event_inbox" (
	"consumer" text NOT NULL,
	"event_id" uuid NOT NULL,
	"queue" text NOT NULL,
	"received_at" timestamp (3) with time zone NOT NULL,
	"applied_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_inbox_pk" PRIMARY KEY("consumer","event_id")
);
--> statement-breakpoint
CREATE TABLE "assets"."links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"upstream_port_id" uuid NOT NULL,
	"downstream_port_id" uuid NOT NULL,
	"upstream_id" uuid NOT NULL,
	"downstream_id" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "links_not_self_check" CHECK ("assets"."links"."upstream_id" <> "assets"."links"."downstream_id")
);
--> statement-breakpoint
CREATE TABLE "assets"."ports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"equipment_id" uuid NOT NULL,
	"name" text NOT NULL,
	"index" integer NOT NULL,
	"type" text NOT NULL,
	"speed" integer
);
--> statement-breakpoint
CREATE TABLE "assets"."sites" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"address" text,
	"latitude" double precision,
	"longitude" double precision,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "assets"."history" ADD CONSTRAINT "history_equipment_id_equipment_id_fk" FOREIGN KEY ("equipment_id") REFERENCES "assets"."equipment"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assets"."links" ADD CONSTRAINT "links_upstream_port_id_ports_id_fk" FOREIGN KEY ("upstream_port_id") REFERENCES "assets"."ports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assets"."links" ADD CONSTRAINT "links_downstream_port_id_ports_id_fk" FOREIGN KEY ("downstream_port_id") REFERENCES "assets"."ports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assets"."links" ADD CONSTRAINT "links_upstream_id_equipment_id_fk" FOREIGN KEY ("upstream_id") REFERENCES "assets"."equipment"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assets"."links" ADD CONSTRAINT "links_downstream_id_equipment_id_fk" FOREIGN KEY ("downstream_id") REFERENCES "assets"."equipment"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assets"."ports" ADD CONSTRAINT "ports_equipment_id_equipment_id_fk" FOREIGN KEY ("equipment_id") REFERENCES "assets"."equipment"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "assets"."audit_log" USING btree ("entity_type","entity_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "equipment_model_serial_uniq" ON "assets"."equipment" USING btree ("model_id","serial");--> statement-breakpoint
CREATE UNIQUE INDEX "equipment_inventory_number_uniq" ON "assets"."equipment" USING btree ("inventory_number");--> statement-breakpoint
CREATE INDEX "equipment_serial_idx" ON "assets"."equipment" USING btree ("serial");--> statement-breakpoint
CREATE INDEX "equipment_serial_prefix_idx" ON "assets"."equipment" USING btree ("serial" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "equipment_macs_idx" ON "assets"."equipment" USING gin ("macs");--> statement-breakpoint
CREATE INDEX "equipment_ip_idx" ON "assets"."equipment" USING btree ("management_ip");--> statement-breakpoint
CREATE INDEX "equipment_place_idx" ON "assets"."equipment" USING btree ("place_kind","place_id");--> statement-breakpoint
CREATE INDEX "equipment_subscriber_idx" ON "assets"."equipment" USING btree ("subscriber_id");--> statement-breakpoint
CREATE INDEX "equipment_model_idx" ON "assets"."equipment" USING btree ("model_id","created_at");--> statement-breakpoint
CREATE INDEX "equipment_created_idx" ON "assets"."equipment" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "history_equipment_idx" ON "assets"."history" USING btree ("equipment_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "links_upstream_port_uniq" ON "assets"."links" USING btree ("upstream_port_id");--> statement-breakpoint
CREATE UNIQUE INDEX "links_downstream_port_uniq" ON "assets"."links" USING btree ("downstream_port_id");--> statement-breakpoint
CREATE UNIQUE INDEX "links_downstream_uniq" ON "assets"."links" USING btree ("downstream_id");--> statement-breakpoint
CREATE INDEX "links_upstream_idx" ON "assets"."links" USING btree ("upstream_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ports_equipment_name_uniq" ON "assets"."ports" USING btree ("equipment_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "ports_equipment_index_uniq" ON "assets"."ports" USING btree ("equipment_id","index");--> statement-breakpoint
CREATE UNIQUE INDEX "sites_code_uniq" ON "assets"."sites" USING btree (upper("code"));