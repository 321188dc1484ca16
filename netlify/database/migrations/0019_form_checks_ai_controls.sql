CREATE TABLE "form_checks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"set_log_id" uuid,
	"session_id" uuid,
	"exercise_id" uuid,
	"label" text NOT NULL,
	"video_upload_id" uuid NOT NULL,
	"frame_upload_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"frame_times_ms" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"duration_ms" integer NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'waiting' NOT NULL,
	"reviewed_at" timestamp with time zone,
	"ai_status" text DEFAULT 'off' NOT NULL,
	"ai_draft" jsonb,
	"ai_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ai_summaries" (
	"client_id" uuid PRIMARY KEY NOT NULL,
	"summary" text NOT NULL,
	"up_to" timestamp with time zone NOT NULL,
	"messages" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "client_profiles" ADD COLUMN "ai_opt_out_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "settings" ADD COLUMN "ai_features" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "subject_at_ms" integer;--> statement-breakpoint
ALTER TABLE "form_checks" ADD CONSTRAINT "form_checks_client_id_client_profiles_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."client_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "form_checks" ADD CONSTRAINT "form_checks_set_log_id_set_logs_id_fk" FOREIGN KEY ("set_log_id") REFERENCES "public"."set_logs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "form_checks" ADD CONSTRAINT "form_checks_session_id_workout_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."workout_sessions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "form_checks" ADD CONSTRAINT "form_checks_exercise_id_exercises_id_fk" FOREIGN KEY ("exercise_id") REFERENCES "public"."exercises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "form_checks" ADD CONSTRAINT "form_checks_video_upload_id_uploads_id_fk" FOREIGN KEY ("video_upload_id") REFERENCES "public"."uploads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_summaries" ADD CONSTRAINT "ai_summaries_client_id_client_profiles_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."client_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "form_checks_client_idx" ON "form_checks" USING btree ("client_id","created_at");--> statement-breakpoint
CREATE INDEX "form_checks_status_idx" ON "form_checks" USING btree ("status","created_at");