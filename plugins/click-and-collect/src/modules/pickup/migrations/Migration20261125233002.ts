import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125233002 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "pickup_order" drop constraint if exists "pickup_order_order_id_unique";`);
    this.addSql(`create table if not exists "pickup_order" ("id" text not null, "order_id" text not null, "location_id" text not null, "status" text check ("status" in ('received', 'preparing', 'ready', 'collected', 'rejected', 'expired', 'cancelled')) not null default 'received', "due_at" timestamptz not null, "ship_to_store" boolean not null default false, "sealed_code" text null, "ready_at" timestamptz null, "notified_at" timestamptz null, "collected_at" timestamptz null, "expires_at" timestamptz null, "reason" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "pickup_order_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pickup_order_deleted_at" ON "pickup_order" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_pickup_order_order_id_unique" ON "pickup_order" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pickup_order_location_id_status" ON "pickup_order" ("location_id", "status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "pickup_event" ("id" text not null, "action" text not null, "from_status" text null, "to_status" text null, "actor_id" text not null, "note" text null, "verification_method" text check ("verification_method" in ('code', 'fallback')) null, "pickup_order_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "pickup_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pickup_event_pickup_order_id" ON "pickup_event" ("pickup_order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pickup_event_deleted_at" ON "pickup_event" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "pickup_event" add constraint "pickup_event_pickup_order_id_foreign" foreign key ("pickup_order_id") references "pickup_order" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "pickup_event" drop constraint if exists "pickup_event_pickup_order_id_foreign";`);

    this.addSql(`drop table if exists "pickup_order" cascade;`);

    this.addSql(`drop table if exists "pickup_event" cascade;`);
  }

}
