CREATE TABLE "attention_dismissals" (
	"key" text PRIMARY KEY NOT NULL,
	"snoozed_until" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "broadcast_id" uuid;