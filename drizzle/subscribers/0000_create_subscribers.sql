CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE SCHEMA "subscribers";
--> statement-breakpoint
CREATE TABLE "subscribers"."audit_log" (
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
CREATE TABLE "subscribers"."company_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"type" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"starts_at" timestamp (3) with time zone NOT NULL,
	"ends_at" timestamp (3) with time zone NOT NULL,
	"status" text NOT NULL,
	"scope_kind" text NOT NULL,
	"districts" text[] DEFAULT '{}' NOT NULL,
	"district_keys" text[] DEFAULT '{}' NOT NULL,
	"buildings" jsonb NOT NULL,
	"building_keys" text[] DEFAULT '{}' NOT NULL,
	"subscriber_ids" uuid[] DEFAULT '{}' NOT NULL,
	"equipment_ids" text[] DEFAULT '{}' NOT NULL,
	"audience" text[] DEFAULT '{}' NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "company_events_window_check" CHECK ("subscribers"."company_events"."ends_at" > "subscribers"."company_events"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "subscribers"."event_acknowledgements" (
	"event_id" uuid NOT NULL,
	"by" text NOT NULL,
	"at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_acknowledgements_event_id_by_pk" PRIMARY KEY("event_id","by")
);
--> statement-breakpoint
CREATE TABLE "subscribers"."event_notes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"event_id" uuid NOT NULL,
	"text" text NOT NULL,
	"by" text NOT NULL,
	"at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "subscribers"."event_notifications" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"event_id" uuid NOT NULL,
	"subscriber_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"at" timestamp (3) with time zone NOT NULL,
	"by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "subscribers"."idempotency_keys" (
	"actor_id" text NOT NULL,
	"operation" text NOT NULL,
	"key" text NOT NULL,
	"request_hash" text NOT NULL,
	"result" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_keys_pk" PRIMARY KEY("actor_id","operation","key")
);
--> statement-breakpoint
CREATE TABLE "subscribers"."interactions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subscriber_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"direction" text,
	"channel" text,
	"text" text NOT NULL,
	"company_event_id" uuid,
	"by" text NOT NULL,
	"at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "subscribers"."premises" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subscriber_id" uuid NOT NULL,
	"city" text NOT NULL,
	"district" text,
	"street" text NOT NULL,
	"building" text NOT NULL,
	"apartment" text,
	"entrance" text,
	"floor" integer,
	"latitude" double precision,
	"longitude" double precision,
	"connection_point" text,
	"district_key" text GENERATED ALWAYS AS (lower(btrim(district))) STORED,
	"building_key" text GENERATED ALWAYS AS (lower(btrim(city)) || '|' || lower(btrim(street)) || '|' || lower(btrim(building))) STORED,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "subscribers"."search_words" (
	"word" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE "subscribers"."service_status_changes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"service_id" uuid NOT NULL,
	"status" text NOT NULL,
	"reason" text,
	"date" date NOT NULL,
	"at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "subscribers"."services" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subscriber_id" uuid NOT NULL,
	"premises_id" uuid NOT NULL,
	"tariff_id" uuid NOT NULL,
	"tariff_name" text NOT NULL,
	"tariff_sku" text NOT NULL,
	"status" text NOT NULL,
	"price" numeric(14, 2) NOT NULL,
	"price_period" text NOT NULL,
	"currency" text NOT NULL,
	"activated_on" date,
	"terminated_on" date,
	"replaces_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "services_status_check" CHECK ("subscribers"."services"."status" in ('PENDING', 'ACTIVE', 'SUSPENDED', 'TERMINATED'))
);
--> statement-breakpoint
CREATE TABLE "subscribers"."subscriber_status_changes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"subscriber_id" uuid NOT NULL,
	"status" text NOT NULL,
	"reason" text,
	"date" date NOT NULL,
	"at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "subscribers"."subscribers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_number" text NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"status_reason" text,
	"status_date" date NOT NULL,
	"display_name" text NOT NULL,
	"surname" text,
	"name" text,
	"patronymic" text,
	"birth_date" date,
	"document_type" text,
	"document_series" text,
	"document_number" text,
	"document_issued_by" text,
	"document_issued_on" date,
	"legal_name" text,
	"inn" text,
	"kpp" text,
	"phones" text[] DEFAULT '{}' NOT NULL,
	"emails" text[] DEFAULT '{}' NOT NULL,
	"preferred_channel" text,
	"contract_number" text,
	"contract_date" date,
	"contract_type" text,
	"search_text" text DEFAULT '' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "subscribers_kind_check" CHECK ("subscribers"."subscribers"."kind" in ('PERSON', 'COMPANY')),
	CONSTRAINT "subscribers_status_check" CHECK ("subscribers"."subscribers"."status" in ('PROSPECT', 'ACTIVE', 'SUSPENDED', 'TERMINATED'))
);
--> statement-breakpoint
ALTER TABLE "subscribers"."event_acknowledgements" ADD CONSTRAINT "event_acknowledgements_event_id_company_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "subscribers"."company_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscribers"."event_notes" ADD CONSTRAINT "event_notes_event_id_company_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "subscribers"."company_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscribers"."event_notifications" ADD CONSTRAINT "event_notifications_event_id_company_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "subscribers"."company_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscribers"."event_notifications" ADD CONSTRAINT "event_notifications_subscriber_id_subscribers_id_fk" FOREIGN KEY ("subscriber_id") REFERENCES "subscribers"."subscribers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscribers"."interactions" ADD CONSTRAINT "interactions_subscriber_id_subscribers_id_fk" FOREIGN KEY ("subscriber_id") REFERENCES "subscribers"."subscribers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscribers"."interactions" ADD CONSTRAINT "interactions_company_event_id_company_events_id_fk" FOREIGN KEY ("company_event_id") REFERENCES "subscribers"."company_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscribers"."premises" ADD CONSTRAINT "premises_subscriber_id_subscribers_id_fk" FOREIGN KEY ("subscriber_id") REFERENCES "subscribers"."subscribers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscribers"."service_status_changes" ADD CONSTRAINT "service_status_changes_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "subscribers"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscribers"."services" ADD CONSTRAINT "services_subscriber_id_subscribers_id_fk" FOREIGN KEY ("subscriber_id") REFERENCES "subscribers"."subscribers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscribers"."services" ADD CONSTRAINT "services_premises_id_premises_id_fk" FOREIGN KEY ("premises_id") REFERENCES "subscribers"."premises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscribers"."subscriber_status_changes" ADD CONSTRAINT "subscriber_status_changes_subscriber_id_subscribers_id_fk" FOREIGN KEY ("subscriber_id") REFERENCES "subscribers"."subscribers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "subscribers"."audit_log" USING btree ("entity_type","entity_id","at");--> statement-breakpoint
CREATE INDEX "company_events_starts_idx" ON "subscribers"."company_events" USING btree ("starts_at","id");--> statement-breakpoint
CREATE INDEX "company_events_open_idx" ON "subscribers"."company_events" USING btree ("ends_at") WHERE "subscribers"."company_events"."status" in ('PLANNED', 'ACTIVE');--> statement-breakpoint
CREATE INDEX "event_notes_event_idx" ON "subscribers"."event_notes" USING btree ("event_id","id");--> statement-breakpoint
CREATE INDEX "event_notifications_event_idx" ON "subscribers"."event_notifications" USING btree ("event_id","subscriber_id");--> statement-breakpoint
CREATE INDEX "interactions_subscriber_idx" ON "subscribers"."interactions" USING btree ("subscriber_id","at","id");--> statement-breakpoint
CREATE INDEX "premises_subscriber_idx" ON "subscribers"."premises" USING btree ("subscriber_id");--> statement-breakpoint
CREATE INDEX "premises_district_key_idx" ON "subscribers"."premises" USING btree ("district_key","subscriber_id");--> statement-breakpoint
CREATE INDEX "premises_building_key_idx" ON "subscribers"."premises" USING btree ("building_key","subscriber_id");--> statement-breakpoint
CREATE INDEX "search_words_word_trgm_idx" ON "subscribers"."search_words" USING gist ("word" gist_trgm_ops);--> statement-breakpoint
CREATE INDEX "service_status_changes_service_idx" ON "subscribers"."service_status_changes" USING btree ("service_id","id");--> statement-breakpoint
CREATE INDEX "services_subscriber_idx" ON "subscribers"."services" USING btree ("subscriber_id","created_at");--> statement-breakpoint
CREATE INDEX "services_premises_idx" ON "subscribers"."services" USING btree ("premises_id");--> statement-breakpoint
CREATE INDEX "subscriber_status_changes_subscriber_idx" ON "subscribers"."subscriber_status_changes" USING btree ("subscriber_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "subscribers_account_number_uniq" ON "subscribers"."subscribers" USING btree ("account_number");--> statement-breakpoint
CREATE UNIQUE INDEX "subscribers_contract_number_uniq" ON "subscribers"."subscribers" USING btree (upper("contract_number"));--> statement-breakpoint
CREATE INDEX "subscribers_phones_idx" ON "subscribers"."subscribers" USING gin ("phones");--> statement-breakpoint
CREATE INDEX "subscribers_created_idx" ON "subscribers"."subscribers" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "subscribers_status_idx" ON "subscribers"."subscribers" USING btree ("status");