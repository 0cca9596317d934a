import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125233055 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "return_policy" ("id" text not null, "window_days" integer not null default 30, "non_returnable_tag" text not null default 'non-returnable', "non_returnable_product_ids" jsonb not null default '{"ids":[]}', "damaged_refund_reason_codes" jsonb not null default '{"codes":["damaged_in_transit","not_as_pictured","wrong_size_colour"]}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "return_policy_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_return_policy_deleted_at" ON "return_policy" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "return_policy" cascade;`);
  }

}
