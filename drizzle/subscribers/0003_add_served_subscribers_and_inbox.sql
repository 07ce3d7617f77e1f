CREATE TABLE "subscribers"."event_inbox" (
	"consumer" text NOT NULL,
	"event_id" uuid NOT NULL,
	"queue" text NOT NULL,
	"received_at" timestamp (3) with time zone NOT NULL,
	"applied_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_inbox_pk" PRIMARY KEY("consumer","event_id")
);
--> statement-breakpoint
ALTER TABLE "subscribers"."company_events" ADD COLUMN "served_ids" uuid[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "subscribers"."company_events" ADD COLUMN "served_at" timestamp (3) with time zone;