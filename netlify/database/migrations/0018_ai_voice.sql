ALTER TABLE "settings" ADD COLUMN "ai_voice" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "settings" ADD COLUMN "ai_voice_examples" text[] DEFAULT '{}'::text[] NOT NULL;