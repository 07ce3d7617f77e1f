CREATE SCHEMA "monitoring";
--> statement-breakpoint
CREATE TABLE "monitoring"."alarm_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"alarm_id" uuid NOT NULL,
	"action" text NOT NULL,
	"by" text NOT NULL,
	"comment" text,
	"at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitoring"."alarms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"equipment_id" uuid NOT NULL,
	"probable_cause" text NOT NULL,
	"if_index" integer DEFAULT 0 NOT NULL,
	"severity" text NOT NULL,
	"state" text NOT NULL,
	"specific_problem" text,
	"raised_at" timestamp (3) with time zone NOT NULL,
	"changed_at" timestamp (3) with time zone NOT NULL,
	"cleared_at" timestamp (3) with time zone,
	"occurrences" integer DEFAULT 1 NOT NULL,
	"acknowledged_by" text,
	"acknowledged_at" timestamp (3) with time zone,
	"under_maintenance" boolean DEFAULT false NOT NULL,
	"notified" boolean DEFAULT false NOT NULL,
	"root_alarm_id" uuid,
	"affected_equipment_ids" uuid[] DEFAULT '{}' NOT NULL,
	"affected_subscriber_ids" uuid[] DEFAULT '{}' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitoring"."audit_log" (
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
CREATE TABLE "monitoring"."idempotency_keys" (
	"actor_id" text NOT NULL,
	"operation" text NOT NULL,
	"key" text NOT NULL,
	"request_hash" text NOT NULL,
	"result" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_keys_pk" PRIMARY KEY("actor_id","operation","key")
);
--> statement-breakpoint
CREATE TABLE "monitoring"."event_inbox" (
	"consumer" text NOT NULL,
	"event_id" uuid NOT NULL,
	"queue" text NOT NULL,
	"received_at" timestamp (3) with time zone NOT NULL,
	"applied_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_inbox_pk" PRIMARY KEY("consumer","event_id")
);
--> statement-breakpoint
CREATE TABLE "monitoring"."interfaces" (
	"equipment_id" uuid NOT NULL,
	"if_index" integer NOT NULL,
	"name" text NOT NULL,
	"admin_up" boolean NOT NULL,
	"oper_up" boolean NOT NULL,
	"in_bps" double precision,
	"out_bps" double precision,
	"errors_per_second" double precision,
	"changed_at" timestamp (3) with time zone,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "interfaces_pkey" PRIMARY KEY("equipment_id","if_index")
);
--> statement-breakpoint
CREATE TABLE "monitoring"."maintenance_windows" (
	"event_id" uuid PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"equipment_ids" uuid[] NOT NULL,
	"starts_at" timestamp (3) with time zone NOT NULL,
	"ends_at" timestamp (3) with time zone NOT NULL,
	"read_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitoring"."pollers" (
	"id" text PRIMARY KEY NOT NULL,
	"seen_at" timestamp (3) with time zone NOT NULL,
	"started_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitoring"."targets" (
	"equipment_id" uuid PRIMARY KEY NOT NULL,
	"host" text NOT NULL,
	"port" integer NOT NULL,
	"version" text NOT NULL,
	"user" text,
	"security_level" text,
	"auth_protocol" text,
	"priv_protocol" text,
	"secret" "bytea",
	"interval_seconds" integer NOT NULL,
	"profile" text NOT NULL,
	"failure_threshold" integer NOT NULL,
	"enabled" boolean NOT NULL,
	"next_poll_at" timestamp (3) with time zone NOT NULL,
	"lease_owner" text,
	"lease_until" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitoring"."unit_states" (
	"equipment_id" uuid PRIMARY KEY NOT NULL,
	"status" text DEFAULT 'UNKNOWN' NOT NULL,
	"since" timestamp (3) with time zone,
	"last_polled_at" timestamp (3) with time zone,
	"last_answered_at" timestamp (3) with time zone,
	"consecutive_failures" integer DEFAULT 0 NOT NULL,
	"last_failure" text,
	"flapping" boolean DEFAULT false NOT NULL,
	"transitions" double precision[] DEFAULT '{}' NOT NULL,
	"uptime_cs" double precision,
	"cpu_load" double precision,
	"temperature_c" double precision,
	"observed_serial" text,
	"observed_model" text,
	"active_alarms" text[] DEFAULT '{}' NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitoring"."units" (
	"equipment_id" uuid PRIMARY KEY NOT NULL,
	"role" text NOT NULL,
	"site_id" uuid,
	"site_name" text,
	"serial" text,
	"model_name" text,
	"upstream_ids" uuid[] DEFAULT '{}' NOT NULL,
	"read_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "alarm_comments_alarm_id_idx" ON "monitoring"."alarm_comments" USING btree ("alarm_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "alarms_active_uniq" ON "monitoring"."alarms" USING btree ("equipment_id","probable_cause","if_index") WHERE "monitoring"."alarms"."cleared_at" is null;--> statement-breakpoint
CREATE INDEX "alarms_active_raised_idx" ON "monitoring"."alarms" USING btree ("raised_at") WHERE "monitoring"."alarms"."cleared_at" is null;--> statement-breakpoint
CREATE INDEX "alarms_raised_at_idx" ON "monitoring"."alarms" USING btree ("raised_at");--> statement-breakpoint
CREATE INDEX "alarms_root_alarm_id_idx" ON "monitoring"."alarms" USING btree ("root_alarm_id");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "monitoring"."audit_log" USING btree ("entity_type","entity_id","at");--> statement-breakpoint
CREATE INDEX "maintenance_windows_equipment_ids_idx" ON "monitoring"."maintenance_windows" USING gin ("equipment_ids");--> statement-breakpoint
CREATE INDEX "targets_next_poll_at_idx" ON "monitoring"."targets" USING btree ("next_poll_at") WHERE "monitoring"."targets"."enabled";--> statement-breakpoint
CREATE INDEX "targets_lease_owner_idx" ON "monitoring"."targets" USING btree ("lease_owner");--> statement-breakpoint
CREATE INDEX "targets_host_idx" ON "monitoring"."targets" USING btree ("host");--> statement-breakpoint
CREATE INDEX "unit_states_status_idx" ON "monitoring"."unit_states" USING btree ("status");--> statement-breakpoint
CREATE INDEX "units_upstream_ids_idx" ON "monitoring"."units" USING gin ("upstream_ids");