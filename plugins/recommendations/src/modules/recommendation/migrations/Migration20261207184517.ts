import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207184517 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "recommendation_signal" add column if not exists "client_key" text null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_recommendation_signal_client_key_created_at" ON "recommendation_signal" ("client_key", "created_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_recommendation_signal_client_key_created_at";`);
    this.addSql(`alter table if exists "recommendation_signal" drop column if exists "client_key";`);
  }

}
