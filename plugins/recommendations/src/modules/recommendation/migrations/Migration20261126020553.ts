import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261126020553 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "recommendation_training_run" ("id" text not null, "mode" text check ("mode" in ('full', 'incremental')) not null, "signals_until" timestamptz null, "signals" integer not null, "products" integer not null, "lists" integer not null, "milliseconds" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "recommendation_training_run_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_recommendation_training_run_deleted_at" ON "recommendation_training_run" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_recommendation_training_run_created_at" ON "recommendation_training_run" ("created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_recommendation_signal_updated_at" ON "recommendation_signal" ("updated_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "recommendation_training_run" cascade;`);

    this.addSql(`drop index if exists "IDX_recommendation_signal_updated_at";`);
  }

}
