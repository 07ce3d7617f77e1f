DROP INDEX "assets"."links_upstream_idx";--> statement-breakpoint
CREATE INDEX "equipment_inventory_number_prefix_idx" ON "assets"."equipment" USING btree ("inventory_number" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "equipment_first_mac_idx" ON "assets"."equipment" USING btree ((('x' || replace("macs"[1], ':', ''))::bit(48)::bigint));--> statement-breakpoint
CREATE INDEX "equipment_second_mac_idx" ON "assets"."equipment" USING btree ((('x' || replace("macs"[2], ':', ''))::bit(48)::bigint));--> statement-breakpoint
CREATE INDEX "equipment_mac_count_idx" ON "assets"."equipment" USING btree (cardinality("macs"));--> statement-breakpoint
CREATE INDEX "equipment_installed_subscriber_idx" ON "assets"."equipment" USING btree ("id","subscriber_id") WHERE "assets"."equipment"."place_kind" = 'PREMISES' and "assets"."equipment"."status" = 'INSTALLED' and "assets"."equipment"."subscriber_id" is not null;--> statement-breakpoint
CREATE INDEX "links_upstream_downstream_idx" ON "assets"."links" USING btree ("upstream_id","downstream_id");