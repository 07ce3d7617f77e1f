-- Metric samples, partitioned by time: raw samples in daily partitions, hourly series in monthly ones.
-- Partitions are created ahead and dropped past retention by the module (service/partitions.ts): a
-- whole day of samples goes with one DROP TABLE, never a DELETE. Rows carry no id: a sample is its
-- unit, interface (0: the unit itself) and time.
CREATE TABLE "monitoring"."metrics_raw" (
	"equipment_id" uuid NOT NULL,
	"if_index" integer NOT NULL,
	"at" timestamp (3) with time zone NOT NULL,
	"in_bps" real,
	"out_bps" real,
	"errors_per_second" real,
	"cpu_load" real,
	"temperature_c" real
) PARTITION BY RANGE ("at");
--> statement-breakpoint
CREATE INDEX "metrics_raw_equipment_at_idx" ON "monitoring"."metrics_raw" ("equipment_id", "if_index", "at");
--> statement-breakpoint
CREATE TABLE "monitoring"."metrics_hourly" (
	"equipment_id" uuid NOT NULL,
	"if_index" integer NOT NULL,
	"at" timestamp (3) with time zone NOT NULL,
	"in_bps" real,
	"out_bps" real,
	"errors_per_second" real,
	"cpu_load" real,
	"temperature_c" real,
	"samples" integer NOT NULL,
	PRIMARY KEY ("equipment_id", "if_index", "at")
) PARTITION BY RANGE ("at");
