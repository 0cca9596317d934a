import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/** The attempt counter of the till's code check, claimed atomically before a proof is compared. */
export class Migration20261207150000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "pickup_order" add column if not exists "code_attempts" integer not null default 0, add column if not exists "code_attempts_since" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "pickup_order" drop column if exists "code_attempts", drop column if exists "code_attempts_since";`);
  }

}
