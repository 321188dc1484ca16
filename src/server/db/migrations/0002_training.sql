CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE TABLE "exercises" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source_id" text,
	"name" text NOT NULL,
	"alias" text,
	"category" text NOT NULL,
	"level" text,
	"force" text,
	"mechanic" text,
	"equipment" text,
	"primary_muscles" text[] DEFAULT '{}'::text[] NOT NULL,
	"secondary_muscles" text[] DEFAULT '{}'::text[] NOT NULL,
	"instructions" text[] DEFAULT '{}'::text[] NOT NULL,
	"cues" text DEFAULT '' NOT NULL,
	"video_url" text,
	"is_custom" boolean DEFAULT false NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exercises_source_id_unique" UNIQUE("source_id")
);
--> statement-breakpoint
CREATE TABLE "programs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid,
	"source_program_id" uuid,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"weeks" smallint NOT NULL,
	"content" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scheduled_workouts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"program_id" uuid,
	"workout_id" text,
	"date" date NOT NULL,
	"original_date" date,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"override" jsonb,
	"completed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "settings" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"business_name" text DEFAULT '' NOT NULL,
	"time_zone" text DEFAULT 'UTC' NOT NULL,
	"week_starts_on" smallint DEFAULT 1 NOT NULL,
	"units" text DEFAULT 'kg' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "client_profiles" ADD COLUMN "can_move_workouts" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_client_id_client_profiles_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."client_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scheduled_workouts" ADD CONSTRAINT "scheduled_workouts_client_id_client_profiles_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."client_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scheduled_workouts" ADD CONSTRAINT "scheduled_workouts_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "exercises_name_trgm_idx" ON "exercises" USING gist (lower("name") gist_trgm_ops);--> statement-breakpoint
CREATE INDEX "exercises_primary_muscles_idx" ON "exercises" USING gin ("primary_muscles");--> statement-breakpoint
CREATE INDEX "programs_client_idx" ON "programs" USING btree ("client_id","created_at");--> statement-breakpoint
CREATE INDEX "programs_tags_idx" ON "programs" USING gin ("tags");--> statement-breakpoint
CREATE INDEX "scheduled_workouts_client_date_idx" ON "scheduled_workouts" USING btree ("client_id","date");--> statement-breakpoint
CREATE UNIQUE INDEX "scheduled_workouts_program_slot_unique" ON "scheduled_workouts" USING btree ("program_id","workout_id") WHERE "scheduled_workouts"."program_id" is not null;