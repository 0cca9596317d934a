import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125234853 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "recommendation_result" drop constraint if exists "recommendation_result_placement_key_unique";`);
    this.addSql(`create table if not exists "recommendation_result" ("id" text not null, "placement" text not null, "key" text not null, "items" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "recommendation_result_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_recommendation_result_deleted_at" ON "recommendation_result" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_recommendation_result_placement_key_unique" ON "recommendation_result" ("placement", "key") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "recommendation_signal" ("id" text not null, "type" text check ("type" in ('purchase', 'add_to_cart', 'view')) not null, "product_id" text not null, "customer_id" text null, "anonymous_id" text null, "basket_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "recommendation_signal_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_recommendation_signal_deleted_at" ON "recommendation_signal" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_recommendation_signal_customer_id" ON "recommendation_signal" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_recommendation_signal_anonymous_id" ON "recommendation_signal" ("anonymous_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_recommendation_signal_created_at" ON "recommendation_signal" ("created_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "recommendation_result" cascade;`);

    this.addSql(`drop table if exists "recommendation_signal" cascade;`);
  }

}
