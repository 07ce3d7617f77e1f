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
CREATE TABLE "catalog"."barcodes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"type" text NOT NULL,
	"code" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "barcodes_type_check" CHECK ("catalog"."barcodes"."type" in ('EAN13', 'CODE128'))
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
	"template" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "categories_status_check" CHECK ("catalog"."categories"."status" in ('ACTIVE', 'ARCHIVED'))
);
--> statement-breakpoint
CREATE TABLE "catalog"."certificate_items" (
	"certificate_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	CONSTRAINT "certificate_items_pk" PRIMARY KEY("certificate_id","item_id")
);
--> statement-breakpoint
CREATE TABLE "catalog"."certificates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"type" text NOT NULL,
	"number" text NOT NULL,
	"issuer" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"document_url" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "certificates_type_check" CHECK ("catalog"."certificates"."type" in ('CERTIFICATE_OF_CONFORMITY', 'DECLARATION_OF_CONFORMITY', 'WARRANTY', 'OTHER')),
	CONSTRAINT "certificates_window_check" CHECK ("catalog"."certificates"."valid_to" is null or "catalog"."certificates"."valid_to" >= "catalog"."certificates"."valid_from")
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
	"service_type" text,
	"attachments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "items_kind_check" CHECK ("catalog"."items"."kind" in ('EQUIPMENT_MODEL', 'MATERIAL', 'GOODS', 'SERVICE')),
	CONSTRAINT "items_status_check" CHECK ("catalog"."items"."status" in ('DRAFT', 'ACTIVE', 'DISCONTINUED')),
	CONSTRAINT "items_service_type_check" CHECK (("catalog"."items"."kind" = 'SERVICE') = ("catalog"."items"."service_type" is not null) and coalesce("catalog"."items"."service_type", 'ONE_TIME') in ('ONE_TIME', 'RECURRING'))
);
--> statement-breakpoint
CREATE TABLE "catalog"."prices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"currency" text NOT NULL,
	"amount" numeric(14, 2) NOT NULL,
	"recurring_period" text,
	"valid_from" timestamp (3) with time zone NOT NULL,
	"valid_to" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "prices_amount_check" CHECK ("catalog"."prices"."amount" >= 0),
	CONSTRAINT "prices_currency_check" CHECK ("catalog"."prices"."currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "prices_window_check" CHECK ("catalog"."prices"."valid_to" is null or "catalog"."prices"."valid_to" > "catalog"."prices"."valid_from"),
	CONSTRAINT "prices_recurring_period_check" CHECK (coalesce("catalog"."prices"."recurring_period", 'MONTH') in ('MONTH', 'QUARTER', 'YEAR'))
);
--> statement-breakpoint
CREATE TABLE "catalog"."promotions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"kind" text NOT NULL,
	"value" numeric(14, 2) NOT NULL,
	"currency" text,
	"scope_type" text NOT NULL,
	"scope_item_id" uuid,
	"scope_category_id" uuid,
	"valid_from" timestamp (3) with time zone,
	"valid_to" timestamp (3) with time zone,
	"min_quantity" numeric(14, 3),
	"promo_code" text,
	"active" boolean DEFAULT true NOT NULL,
	"stacking" text DEFAULT 'EXCLUSIVE' NOT NULL,
	"priority" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "promotions_kind_check" CHECK ("catalog"."promotions"."kind" in ('PERCENTAGE', 'FIXED_AMOUNT')),
	CONSTRAINT "promotions_value_check" CHECK ("catalog"."promotions"."value" > 0 and ("catalog"."promotions"."kind" <> 'PERCENTAGE' or "catalog"."promotions"."value" <= 100)),
	CONSTRAINT "promotions_scope_check" CHECK (("catalog"."promotions"."scope_type" = 'ITEM' and "catalog"."promotions"."scope_item_id" is not null) or ("catalog"."promotions"."scope_type" = 'CATEGORY' and "catalog"."promotions"."scope_category_id" is not null) or "catalog"."promotions"."scope_type" = 'ALL'),
	CONSTRAINT "promotions_stacking_check" CHECK ("catalog"."promotions"."stacking" in ('EXCLUSIVE', 'STACKABLE')),
	CONSTRAINT "promotions_window_check" CHECK ("catalog"."promotions"."valid_to" is null or "catalog"."promotions"."valid_from" is null or "catalog"."promotions"."valid_to" > "catalog"."promotions"."valid_from")
);
--> statement-breakpoint
ALTER TABLE "catalog"."certificate_items" ADD CONSTRAINT "certificate_items_certificate_id_certificates_id_fk" FOREIGN KEY ("certificate_id") REFERENCES "catalog"."certificates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "catalog"."audit_log" USING btree ("entity_type","entity_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "barcodes_code_uniq" ON "catalog"."barcodes" USING btree ("code");--> statement-breakpoint
CREATE INDEX "barcodes_item_id_idx" ON "catalog"."barcodes" USING btree ("item_id");--> statement-breakpoint
CREATE UNIQUE INDEX "categories_parent_name_uniq" ON "catalog"."categories" USING btree (coalesce("parent_id", '00000000-0000-0000-0000-000000000000'::uuid),lower("name"));--> statement-breakpoint
CREATE INDEX "categories_path_idx" ON "catalog"."categories" USING btree ("path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "categories_parent_id_idx" ON "catalog"."categories" USING btree ("parent_id","name");--> statement-breakpoint
CREATE INDEX "certificate_items_item_id_idx" ON "catalog"."certificate_items" USING btree ("item_id");--> statement-breakpoint
CREATE UNIQUE INDEX "certificates_type_number_uniq" ON "catalog"."certificates" USING btree ("type","number");--> statement-breakpoint
CREATE INDEX "certificates_valid_to_idx" ON "catalog"."certificates" USING btree ("valid_to");--> statement-breakpoint
CREATE UNIQUE INDEX "items_sku_uniq" ON "catalog"."items" USING btree (lower("sku"));--> statement-breakpoint
CREATE INDEX "items_category_id_idx" ON "catalog"."items" USING btree ("category_id","name","id");--> statement-breakpoint
CREATE INDEX "items_name_idx" ON "catalog"."items" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "items_name_trgm_idx" ON "catalog"."items" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "items_sku_trgm_idx" ON "catalog"."items" USING gin ("sku" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "items_characteristics_idx" ON "catalog"."items" USING gin ("characteristics" jsonb_path_ops);--> statement-breakpoint
CREATE INDEX "prices_item_id_idx" ON "catalog"."prices" USING btree ("item_id","currency","valid_from");--> statement-breakpoint
CREATE INDEX "promotions_scope_idx" ON "catalog"."promotions" USING btree ("scope_type","scope_item_id","scope_category_id");