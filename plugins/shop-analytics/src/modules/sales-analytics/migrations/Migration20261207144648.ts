import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207144648 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "sales_rebuild_cursor" drop constraint if exists "sales_rebuild_cursor_name_unique";`);
    this.addSql(`alter table if exists "sales_order_promotion_fact" drop constraint if exists "sales_order_promotion_fact_order_id_promotion_id_unique";`);
    this.addSql(`alter table if exists "sales_order_line_fact" drop constraint if exists "sales_order_line_fact_order_id_line_key_unique";`);
    this.addSql(`alter table if exists "sales_order_fact" drop constraint if exists "sales_order_fact_order_id_unique";`);
    this.addSql(`create table if not exists "sales_order_fact" ("id" text not null, "order_id" text not null, "source" text check ("source" in ('live', 'imported')) not null default 'live', "display_id" text null, "customer_key" text null, "placed_at" timestamptz not null, "currency_code" text not null, "region_id" text null, "country_code" text null, "channel" text check ("channel" in ('delivery', 'click_and_collect', 'store_sale')) not null, "store_location_id" text null, "pickup_status" text null, "canceled" boolean not null default false, "units" integer not null default 0, "returned_units" integer not null default 0, "items_net" numeric not null, "discount_total" numeric not null, "tax_total" numeric not null, "refunded_net" numeric not null, "net_revenue" numeric not null, "net_revenue_base" numeric not null, "exchange_rate" numeric not null, "raw_items_net" jsonb not null, "raw_discount_total" jsonb not null, "raw_tax_total" jsonb not null, "raw_refunded_net" jsonb not null, "raw_net_revenue" jsonb not null, "raw_net_revenue_base" jsonb not null, "raw_exchange_rate" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "sales_order_fact_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sales_order_fact_deleted_at" ON "sales_order_fact" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_sales_order_fact_order_id_unique" ON "sales_order_fact" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sales_order_fact_placed_at" ON "sales_order_fact" ("placed_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sales_order_fact_customer_key_placed_at" ON "sales_order_fact" ("customer_key", "placed_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "sales_order_line_fact" ("id" text not null, "order_id" text not null, "line_key" text not null, "placed_at" timestamptz not null, "product_id" text null, "variant_id" text null, "sku" text null, "title" text not null, "quantity" integer not null, "returned_quantity" integer not null default 0, "net_amount" numeric not null, "net_amount_base" numeric not null, "raw_net_amount" jsonb not null, "raw_net_amount_base" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "sales_order_line_fact_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sales_order_line_fact_deleted_at" ON "sales_order_line_fact" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_sales_order_line_fact_order_id_line_key_unique" ON "sales_order_line_fact" ("order_id", "line_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sales_order_line_fact_placed_at" ON "sales_order_line_fact" ("placed_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sales_order_line_fact_product_id" ON "sales_order_line_fact" ("product_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "sales_order_promotion_fact" ("id" text not null, "order_id" text not null, "promotion_id" text not null, "code" text null, "is_automatic" boolean not null default false, "discount_amount" numeric not null, "discount_amount_base" numeric not null, "raw_discount_amount" jsonb not null, "raw_discount_amount_base" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "sales_order_promotion_fact_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sales_order_promotion_fact_deleted_at" ON "sales_order_promotion_fact" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_sales_order_promotion_fact_order_id_promotion_id_unique" ON "sales_order_promotion_fact" ("order_id", "promotion_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sales_order_promotion_fact_promotion_id" ON "sales_order_promotion_fact" ("promotion_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "sales_rebuild_cursor" ("id" text not null, "name" text not null, "last_order_id" text null, "done" integer not null default 0, "total" integer not null default 0, "finished_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "sales_rebuild_cursor_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_sales_rebuild_cursor_name_unique" ON "sales_rebuild_cursor" ("name") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sales_rebuild_cursor_deleted_at" ON "sales_rebuild_cursor" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "sales_order_fact" cascade;`);

    this.addSql(`drop table if exists "sales_order_line_fact" cascade;`);

    this.addSql(`drop table if exists "sales_order_promotion_fact" cascade;`);

    this.addSql(`drop table if exists "sales_rebuild_cursor" cascade;`);
  }

}
