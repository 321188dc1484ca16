DROP INDEX "scheduled_workouts_program_slot_unique";--> statement-breakpoint
CREATE INDEX "scheduled_workouts_program_idx" ON "scheduled_workouts" USING btree ("program_id");