import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207150000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "pickup_order" add column if not exists "pending_action" text check ("pending_action" in ('hand_over', 'short_pick')) null, add column if not exists "pending_plan" jsonb null, add column if not exists "pending_since" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "pickup_order" drop column if exists "pending_action", drop column if exists "pending_plan", drop column if exists "pending_since";`);
  }

}
