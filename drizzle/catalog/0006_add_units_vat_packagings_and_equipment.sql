CREATE TABLE "catalog"."packagings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"name" text NOT NULL,
	"barcode" text,
	"quantity" numeric(14, 3) NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "packagings_quantity_check" CHECK ("catalog"."packagings"."quantity" > 0)
);
--> statement-breakpoint
CREATE TABLE "catalog"."units" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"symbol" text NOT NULL,
	"international_symbol" text,
	"kind" text NOT NULL,
	CONSTRAINT "units_code_check" CHECK ("catalog"."units"."code" ~ '^[0-9]{3}$'),
	CONSTRAINT "units_kind_check" CHECK ("catalog"."units"."kind" in ('COUNT', 'LENGTH', 'MASS', 'VOLUME', 'TIME', 'SERVICE'))
);
--> statement-breakpoint
CREATE TABLE "catalog"."vat_rates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"rate" integer,
	"exempt" boolean DEFAULT false NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "vat_rates_rate_check" CHECK (("catalog"."vat_rates"."exempt" and "catalog"."vat_rates"."rate" is null) or (not "catalog"."vat_rates"."exempt" and "catalog"."vat_rates"."rate" between 0 and 99)),
	CONSTRAINT "vat_rates_window_check" CHECK ("catalog"."vat_rates"."valid_to" is null or "catalog"."vat_rates"."valid_to" > "catalog"."vat_rates"."valid_from")
);
--> statement-breakpoint
ALTER TABLE "catalog"."items" ADD COLUMN "keywords" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "catalog"."items" ADD COLUMN "tracked_by_serial" boolean;--> statement-breakpoint
ALTER TABLE "catalog"."items" ADD COLUMN "tracked_by_mac" boolean;--> statement-breakpoint
ALTER TABLE "catalog"."items" ADD COLUMN "warranty_months" integer;--> statement-breakpoint
ALTER TABLE "catalog"."items" ADD COLUMN "supply" text;--> statement-breakpoint
ALTER TABLE "catalog"."items" ADD COLUMN "snmp_sys_object_id" text;--> statement-breakpoint
ALTER TABLE "catalog"."prices" ADD COLUMN "includes_vat" boolean DEFAULT true NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "packagings_item_name_uniq" ON "catalog"."packagings" USING btree ("item_id",lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "packagings_barcode_uniq" ON "catalog"."packagings" USING btree ("barcode");--> statement-breakpoint
CREATE UNIQUE INDEX "units_symbol_uniq" ON "catalog"."units" USING btree (lower("symbol"));--> statement-breakpoint
CREATE INDEX "vat_rates_item_id_idx" ON "catalog"."vat_rates" USING btree ("item_id","valid_from");--> statement-breakpoint
CREATE UNIQUE INDEX "items_snmp_sys_object_id_uniq" ON "catalog"."items" USING btree ("snmp_sys_object_id");--> statement-breakpoint
ALTER TABLE "catalog"."items" ADD CONSTRAINT "items_warranty_months_check" CHECK ("catalog"."items"."warranty_months" between 0 and 120);--> statement-breakpoint
ALTER TABLE "catalog"."items" ADD CONSTRAINT "items_supply_check" CHECK ("catalog"."items"."supply" in ('SALE', 'RENTAL', 'SALE_OR_RENTAL'));