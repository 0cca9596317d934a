import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125233054 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "store_return" drop constraint if exists "store_return_return_id_unique";`);
    this.addSql(`alter table if exists "store_return" drop constraint if exists "store_return_code_unique";`);
    this.addSql(`create table if not exists "store_return" ("id" text not null, "code" text not null, "return_id" text not null, "order_id" text not null, "customer_id" text null, "method" text check ("method" in ('drop_at_store', 'mail', 'in_store')) not null, "location_id" text not null, "status" text check ("status" in ('requested', 'received', 'refund_failed', 'refunded', 'no_refund_due')) not null default 'requested', "currency_code" text not null, "refunded_amount" numeric not null default 0, "pending_refund_amount" numeric not null default 0, "refund_error" text null, "receipts" jsonb not null default '{"visits":[]}', "raw_refunded_amount" jsonb not null default '{"value":"0","precision":20}', "raw_pending_refund_amount" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "store_return_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_store_return_code_unique" ON "store_return" ("code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_store_return_return_id_unique" ON "store_return" ("return_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_store_return_order_id" ON "store_return" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_store_return_location_id" ON "store_return" ("location_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_store_return_deleted_at" ON "store_return" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "store_return" cascade;`);
  }

}
