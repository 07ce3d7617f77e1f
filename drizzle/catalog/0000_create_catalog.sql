CREATE SCHEMA "catalog";
--> statement-breakpoint
CREATE TABLE "catalog"."audit_log" (
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
CREATE TABLE "catalog"."categories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"parent_id" uuid,
	"name" text NOT NULL,
	"description" text,
	"path" text NOT NULL,
	"depth" integer NOT NULL,
	"status" text DEFAULT 'ACTIVE' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "categories_status_check" CHECK ("catalog"."categories"."status" in ('ACTIVE', 'ARCHIVED'))
);
--> statement-breakpoint
CREATE TABLE "catalog"."idempotency_keys" (
	"actor_id" text NOT NULL,
	"operation" text NOT NULL,
	"key" text NOT NULL,
	"request_hash" text NOT NULL,
	"result" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_keys_pk" PRIMARY KEY("actor_id","operation","key")
);
--> statement-breakpoint
CREATE TABLE "catalog"."items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sku" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"kind" text NOT NULL,
	"status" text DEFAULT 'DRAFT' NOT NULL,
	"category_id" uuid NOT NULL,
	"unit" text NOT NULL,
	"manufacturer" text,
	"vendor_part_number" text,
	"characteristics" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "items_kind_check" CHECK ("catalog"."items"."kind" in ('EQUIPMENT_MODEL', 'MATERIAL', 'GOODS', 'SERVICE')),
	CONSTRAINT "items_status_check" CHECK ("catalog"."items"."status" in ('DRAFT', 'ACTIVE', 'DISCONTINUED'))
);
--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "catalog"."audit_log" USING btree ("entity_type","entity_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "categories_parent_name_uniq" ON "catalog"."categories" USING btree (coalesce("parent_id", '00000000-0000-0000-0000-000000000000'::uuid),lower("name"));--> statement-breakpoint
CREATE INDEX "categories_path_idx" ON "catalog"."categories" USING btree ("path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "categories_parent_id_idx" ON "catalog"."categories" USING btree ("parent_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "items_sku_uniq" ON "catalog"."items" USING btree (lower("sku"));--> statement-breakpoint
CREATE INDEX "items_category_id_idx" ON "catalog"."items" USING btree ("category_id","name","id");--> statement-breakpoint
CREATE INDEX "items_name_idx" ON "catalog"."items" USING btree ("name","id");