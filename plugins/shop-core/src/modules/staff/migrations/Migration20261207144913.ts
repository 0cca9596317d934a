import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207144913 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "staff_member" drop constraint if exists "staff_member_email_unique";`);
    this.addSql(`create table if not exists "staff_member" ("id" text not null, "first_name" text not null, "last_name" text not null, "email" text not null, "store_location_ids" text[] not null default '{}', "status" text check ("status" in ('active', 'removed')) not null default 'active', "removed_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "staff_member_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_staff_member_deleted_at" ON "staff_member" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_staff_member_email_unique" ON "staff_member" ("email") WHERE status = 'active' AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "staff_member" cascade;`);
  }

}
