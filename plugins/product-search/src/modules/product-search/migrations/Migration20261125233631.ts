import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125233631 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "search_document" ("id" text not null, "document" jsonb not null, "removed" boolean not null default false, "synced_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "search_document_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_document_synced_at" ON "search_document" ("synced_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_document_deleted_at" ON "search_document" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "search_document" cascade;`);
  }

}
