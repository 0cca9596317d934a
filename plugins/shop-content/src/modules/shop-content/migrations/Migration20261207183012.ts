import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207183012 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "content_document" ("id" text not null, "slug" text not null, "version" integer not null, "title" text not null, "body" text not null, "published_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "content_document_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_content_document_deleted_at" ON "content_document" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_content_document_slug_version_unique" ON "content_document" ("slug", "version") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "content_document" cascade;`);
  }

}
