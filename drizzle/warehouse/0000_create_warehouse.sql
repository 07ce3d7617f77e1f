CREATE SCHEMA "warehouse";
--> statement-breakpoint
CREATE TABLE "warehouse"."audit_log" (
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
CREATE TABLE "warehouse"."balances" (
	"location_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"on_hand" numeric(18, 3) DEFAULT '0' NOT NULL,
	"reserved" numeric(18, 3) DEFAULT '0' NOT NULL,
	"value" numeric(22, 4) DEFAULT '0' NOT NULL,
	"minimum" numeric(18, 3),
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "balances_pk" PRIMARY KEY("location_id","item_id"),
	CONSTRAINT "balances_on_hand_check" CHECK ("warehouse"."balances"."on_hand" >= 0),
	CONSTRAINT "balances_reserved_check" CHECK ("warehouse"."balances"."reserved" >= 0 and "warehouse"."balances"."reserved" <= "warehouse"."balances"."on_hand"),
	CONSTRAINT "balances_value_check" CHECK ("warehouse"."balances"."value" >= 0)
);
--> statement-breakpoint
CREATE TABLE "warehouse"."catalog_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"sku" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"tracked_by_serial" boolean DEFAULT false NOT NULL,
	"unit_code" text NOT NULL,
	"unit_symbol" text NOT NULL,
	"category_id" uuid,
	"category_path" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" text NOT NULL,
	"synced_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "warehouse"."document_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"item_id" uuid NOT NULL,
	"quantity" numeric(18, 3) NOT NULL,
	"serials" text[] DEFAULT '{}'::text[] NOT NULL,
	"unit_cost" numeric(18, 4),
	"condition" text,
	"direction" text,
	CONSTRAINT "document_lines_quantity_check" CHECK ("warehouse"."document_lines"."quantity" > 0)
);
--> statement-breakpoint
CREATE TABLE "warehouse"."documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"type" text NOT NULL,
	"status" text DEFAULT 'DRAFT' NOT NULL,
	"number" text NOT NULL,
	"document_date" text NOT NULL,
	"source_id" uuid,
	"destination_id" uuid,
	"via_transit" boolean DEFAULT false NOT NULL,
	"received_at" timestamp (3) with time zone,
	"supplier_reference" text,
	"purpose" text,
	"reason" text,
	"subscriber_id" text,
	"field_task_id" text,
	"order_id" text,
	"comment" text,
	"reversal_of_id" uuid,
	"reversed_by_id" uuid,
	"author_id" text NOT NULL,
	"posted_at" timestamp (3) with time zone,
	"posted_by" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "documents_type_check" CHECK ("warehouse"."documents"."type" in ('RECEIPT', 'ISSUE', 'TRANSFER', 'WRITE_OFF', 'RETURN', 'ADJUSTMENT')),
	CONSTRAINT "documents_status_check" CHECK ("warehouse"."documents"."status" in ('DRAFT', 'POSTED', 'REVERSED'))
);
--> statement-breakpoint
CREATE TABLE "warehouse"."idempotency_keys" (
	"actor_id" text NOT NULL,
	"operation" text NOT NULL,
	"key" text NOT NULL,
	"request_hash" text NOT NULL,
	"result" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_keys_pk" PRIMARY KEY("actor_id","operation","key")
);
--> statement-breakpoint
CREATE TABLE "warehouse"."event_inbox" (
	"consumer" text NOT NULL,
	"event_id" uuid NOT NULL,
	"queue" text NOT NULL,
	"received_at" timestamp (3) with time zone NOT NULL,
	"applied_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_inbox_pk" PRIMARY KEY("consumer","event_id")
);
--> statement-breakpoint
CREATE TABLE "warehouse"."locations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"address" text,
	"responsible_person" text,
	"technician_id" text,
	"archived" boolean DEFAULT false NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "locations_kind_check" CHECK ("warehouse"."locations"."kind" in ('CENTRAL', 'REGIONAL', 'VAN', 'SUPPLIER', 'CUSTOMER', 'IN_TRANSIT', 'LOSS')),
	CONSTRAINT "locations_van_technician_check" CHECK ("warehouse"."locations"."kind" <> 'VAN' or "warehouse"."locations"."technician_id" is not null)
);
--> statement-breakpoint
CREATE TABLE "warehouse"."moves" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "warehouse"."moves_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"document_id" uuid NOT NULL,
	"line_id" uuid,
	"item_id" uuid NOT NULL,
	"from_id" uuid NOT NULL,
	"to_id" uuid NOT NULL,
	"quantity" numeric(18, 3) NOT NULL,
	"value" numeric(22, 4) NOT NULL,
	"serials" text[] DEFAULT '{}'::text[] NOT NULL,
	"at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "moves_quantity_check" CHECK ("warehouse"."moves"."quantity" > 0),
	CONSTRAINT "moves_ends_check" CHECK ("warehouse"."moves"."from_id" <> "warehouse"."moves"."to_id")
);
--> statement-breakpoint
CREATE TABLE "warehouse"."numbering" (
	"type" text NOT NULL,
	"year" integer NOT NULL,
	"last" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "numbering_pk" PRIMARY KEY("type","year")
);
--> statement-breakpoint
CREATE TABLE "warehouse"."prefixes" (
	"type" text PRIMARY KEY NOT NULL,
	"prefix" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "warehouse"."reservations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"location_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"quantity" numeric(18, 3) NOT NULL,
	"remaining" numeric(18, 3) NOT NULL,
	"serials" text[] DEFAULT '{}'::text[] NOT NULL,
	"for_type" text NOT NULL,
	"for_id" text NOT NULL,
	"status" text DEFAULT 'ACTIVE' NOT NULL,
	"expires_at" timestamp (3) with time zone NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reservations_for_type_check" CHECK ("warehouse"."reservations"."for_type" in ('ORDER', 'FIELD_TASK')),
	CONSTRAINT "reservations_status_check" CHECK ("warehouse"."reservations"."status" in ('ACTIVE', 'RELEASED', 'CONSUMED', 'EXPIRED')),
	CONSTRAINT "reservations_quantity_check" CHECK ("warehouse"."reservations"."quantity" > 0 and "warehouse"."reservations"."remaining" >= 0 and "warehouse"."reservations"."remaining" <= "warehouse"."reservations"."quantity")
);
--> statement-breakpoint
CREATE TABLE "warehouse"."serials" (
	"item_id" uuid NOT NULL,
	"serial" text NOT NULL,
	"location_id" uuid NOT NULL,
	"reservation_id" uuid,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "serials_pk" PRIMARY KEY("item_id","serial")
);
--> statement-breakpoint
ALTER TABLE "warehouse"."document_lines" ADD CONSTRAINT "document_lines_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "warehouse"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "warehouse"."audit_log" USING btree ("entity_type","entity_id","at");--> statement-breakpoint
CREATE INDEX "balances_item_idx" ON "warehouse"."balances" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "catalog_items_category_path_idx" ON "warehouse"."catalog_items" USING gin ("category_path");--> statement-breakpoint
CREATE UNIQUE INDEX "document_lines_position_uniq" ON "warehouse"."document_lines" USING btree ("document_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "documents_number_uniq" ON "warehouse"."documents" USING btree ("number");--> statement-breakpoint
CREATE INDEX "documents_type_status_date_idx" ON "warehouse"."documents" USING btree ("type","status","document_date");--> statement-breakpoint
CREATE INDEX "documents_source_idx" ON "warehouse"."documents" USING btree ("source_id");--> statement-breakpoint
CREATE INDEX "documents_destination_idx" ON "warehouse"."documents" USING btree ("destination_id");--> statement-breakpoint
CREATE UNIQUE INDEX "locations_code_uniq" ON "warehouse"."locations" USING btree (lower("code"));--> statement-breakpoint
CREATE INDEX "moves_item_seq_idx" ON "warehouse"."moves" USING btree ("item_id","seq");--> statement-breakpoint
CREATE INDEX "moves_document_idx" ON "warehouse"."moves" USING btree ("document_id");--> statement-breakpoint
CREATE INDEX "moves_serials_idx" ON "warehouse"."moves" USING gin ("serials");--> statement-breakpoint
CREATE INDEX "reservations_active_idx" ON "warehouse"."reservations" USING btree ("location_id","item_id") WHERE "warehouse"."reservations"."status" = 'ACTIVE';--> statement-breakpoint
CREATE INDEX "reservations_for_idx" ON "warehouse"."reservations" USING btree ("for_type","for_id");--> statement-breakpoint
CREATE INDEX "serials_location_idx" ON "warehouse"."serials" USING btree ("location_id","item_id");