import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * Daily roll-ups of the read model (see sql/rollup.ts), filled from the facts
 * already held. Plain tables written in SQL by the service, not ORM models.
 */
export class Migration20261207181500 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "sales_daily_rollup" ("day" date not null, "channel" text not null, "store_location_id" text not null default '', "region_id" text not null default '', "currency_code" text not null, "orders" integer not null, "units" bigint not null, "net_revenue" numeric not null, "net_revenue_base" numeric not null, constraint "sales_daily_rollup_pkey" primary key ("day", "channel", "store_location_id", "region_id", "currency_code"));`);
    this.addSql(`create table if not exists "sales_customer_daily" ("day" date not null, "customer_key" text not null, "channel" text not null, "store_location_id" text not null default '', "region_id" text not null default '', "orders" integer not null, "units" bigint not null, "net_revenue_base" numeric not null, constraint "sales_customer_daily_pkey" primary key ("day", "customer_key", "channel", "store_location_id", "region_id"));`);
    this.addSql(`create table if not exists "sales_customer_first" ("customer_key" text not null, "first_order_at" timestamptz not null, constraint "sales_customer_first_pkey" primary key ("customer_key"));`);
    this.addSql(`insert into "sales_daily_rollup" ("day", "channel", "store_location_id", "region_id", "currency_code", "orders", "units", "net_revenue", "net_revenue_base") select (placed_at at time zone 'UTC')::date, channel, coalesce(store_location_id, ''), coalesce(region_id, ''), currency_code, count(*), sum(units), sum(net_revenue), sum(net_revenue_base) from "sales_order_fact" where deleted_at is null and not canceled group by 1, 2, 3, 4, 5 on conflict do nothing;`);
    this.addSql(`insert into "sales_customer_daily" ("day", "customer_key", "channel", "store_location_id", "region_id", "orders", "units", "net_revenue_base") select (placed_at at time zone 'UTC')::date, customer_key, channel, coalesce(store_location_id, ''), coalesce(region_id, ''), count(*), sum(units), sum(net_revenue_base) from "sales_order_fact" where deleted_at is null and not canceled and customer_key is not null group by 1, 2, 3, 4, 5 on conflict do nothing;`);
    this.addSql(`insert into "sales_customer_first" ("customer_key", "first_order_at") select customer_key, min(placed_at) from "sales_order_fact" where deleted_at is null and not canceled and customer_key is not null group by customer_key on conflict do nothing;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "sales_daily_rollup" cascade;`);
    this.addSql(`drop table if exists "sales_customer_daily" cascade;`);
    this.addSql(`drop table if exists "sales_customer_first" cascade;`);
  }

}
