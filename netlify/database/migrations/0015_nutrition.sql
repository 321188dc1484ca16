CREATE TABLE "food_favourites" (
	"user_id" text NOT NULL,
	"food_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "food_favourites_user_id_food_id_pk" PRIMARY KEY("user_id","food_id")
);
--> statement-breakpoint
CREATE TABLE "food_log_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"client_entry_id" uuid NOT NULL,
	"date" date NOT NULL,
	"meal" text NOT NULL,
	"food_id" uuid,
	"name" text NOT NULL,
	"unit" text NOT NULL,
	"portion_label" text,
	"quantity" numeric(8, 2) DEFAULT 1 NOT NULL,
	"grams" numeric(8, 1),
	"kcal" numeric(8, 1) NOT NULL,
	"protein_g" numeric(8, 1) NOT NULL,
	"fat_g" numeric(8, 1) NOT NULL,
	"carbs_g" numeric(8, 1) NOT NULL,
	"fiber_g" numeric(8, 1) NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "food_vocabulary" (
	"word" text PRIMARY KEY NOT NULL,
	"foods" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "foods" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source_id" text,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"food_group" text NOT NULL,
	"kcal" numeric(10, 3) DEFAULT 0 NOT NULL,
	"protein_g" numeric(10, 3) DEFAULT 0 NOT NULL,
	"fat_g" numeric(10, 3) DEFAULT 0 NOT NULL,
	"carbs_g" numeric(10, 3) DEFAULT 0 NOT NULL,
	"fiber_g" numeric(10, 3),
	"sugar_g" numeric(10, 3),
	"sodium_mg" numeric(10, 3),
	"portions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"servings" numeric(6, 2),
	"words" text[] DEFAULT '{}'::text[] NOT NULL,
	"head" text[] DEFAULT '{}'::text[] NOT NULL,
	"commonness" numeric(4, 3) DEFAULT 1 NOT NULL,
	"owner_client_id" uuid,
	"created_by" text,
	"hidden_at" timestamp with time zone,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "foods_source_id_unique" UNIQUE("source_id")
);
--> statement-breakpoint
CREATE TABLE "meal_plan_days" (
	"client_id" uuid NOT NULL,
	"date" date NOT NULL,
	"plan_id" uuid NOT NULL,
	CONSTRAINT "meal_plan_days_client_id_date_pk" PRIMARY KEY("client_id","date")
);
--> statement-breakpoint
CREATE TABLE "meal_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"name" text NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"meals" text[] NOT NULL,
	"items" jsonb NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "nutrition_targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"kcal" integer NOT NULL,
	"protein_g" integer NOT NULL,
	"fat_g" integer NOT NULL,
	"carbs_g" integer NOT NULL,
	"fiber_g" integer NOT NULL,
	"water_ml" integer NOT NULL,
	"rest_day" jsonb,
	"inputs" jsonb,
	"figures" jsonb,
	"overridden" text[] DEFAULT '{}'::text[] NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recipe_ingredients" (
	"recipe_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"food_id" uuid NOT NULL,
	"grams" numeric(10, 2) NOT NULL,
	CONSTRAINT "recipe_ingredients_recipe_id_position_pk" PRIMARY KEY("recipe_id","position")
);
--> statement-breakpoint
ALTER TABLE "settings" ADD COLUMN "nutrition_kcal_tolerance_pct" smallint DEFAULT 10 NOT NULL;--> statement-breakpoint
ALTER TABLE "settings" ADD COLUMN "nutrition_protein_tolerance_pct" smallint DEFAULT 10 NOT NULL;--> statement-breakpoint
ALTER TABLE "settings" ADD COLUMN "nutrition_quiet_days" smallint DEFAULT 3 NOT NULL;--> statement-breakpoint
ALTER TABLE "habits" ADD COLUMN "tracker" text;--> statement-breakpoint
ALTER TABLE "food_favourites" ADD CONSTRAINT "food_favourites_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "food_favourites" ADD CONSTRAINT "food_favourites_food_id_foods_id_fk" FOREIGN KEY ("food_id") REFERENCES "public"."foods"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "food_log_entries" ADD CONSTRAINT "food_log_entries_client_id_client_profiles_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."client_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "food_log_entries" ADD CONSTRAINT "food_log_entries_food_id_foods_id_fk" FOREIGN KEY ("food_id") REFERENCES "public"."foods"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "food_log_entries" ADD CONSTRAINT "food_log_entries_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "foods" ADD CONSTRAINT "foods_owner_client_id_client_profiles_id_fk" FOREIGN KEY ("owner_client_id") REFERENCES "public"."client_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "foods" ADD CONSTRAINT "foods_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meal_plan_days" ADD CONSTRAINT "meal_plan_days_client_id_client_profiles_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."client_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meal_plan_days" ADD CONSTRAINT "meal_plan_days_plan_id_meal_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."meal_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meal_plans" ADD CONSTRAINT "meal_plans_client_id_client_profiles_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."client_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nutrition_targets" ADD CONSTRAINT "nutrition_targets_client_id_client_profiles_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."client_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nutrition_targets" ADD CONSTRAINT "nutrition_targets_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recipe_ingredients" ADD CONSTRAINT "recipe_ingredients_recipe_id_foods_id_fk" FOREIGN KEY ("recipe_id") REFERENCES "public"."foods"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recipe_ingredients" ADD CONSTRAINT "recipe_ingredients_food_id_foods_id_fk" FOREIGN KEY ("food_id") REFERENCES "public"."foods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "food_log_entries_client_entry_unique" ON "food_log_entries" USING btree ("client_id","client_entry_id");--> statement-breakpoint
CREATE INDEX "food_log_entries_client_date_idx" ON "food_log_entries" USING btree ("client_id","date");--> statement-breakpoint
CREATE INDEX "food_log_entries_food_idx" ON "food_log_entries" USING btree ("food_id");--> statement-breakpoint
CREATE INDEX "food_vocabulary_trgm_idx" ON "food_vocabulary" USING gist ("word" gist_trgm_ops);--> statement-breakpoint
CREATE INDEX "foods_words_idx" ON "foods" USING gin ("words");--> statement-breakpoint
CREATE INDEX "foods_owner_idx" ON "foods" USING btree ("owner_client_id") WHERE "foods"."owner_client_id" is not null;--> statement-breakpoint
CREATE INDEX "meal_plan_days_plan_idx" ON "meal_plan_days" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "meal_plans_client_idx" ON "meal_plans" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "nutrition_targets_client_idx" ON "nutrition_targets" USING btree ("client_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "habits_client_tracker_unique" ON "habits" USING btree ("client_id","tracker") WHERE "habits"."tracker" is not null and "habits"."archived_at" is null;