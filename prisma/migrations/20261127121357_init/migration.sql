-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "FigureKind" AS ENUM ('PERSON', 'PLACE', 'THING');

-- CreateEnum
CREATE TYPE "ComparisonStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('EDITOR', 'ADMIN');

-- CreateEnum
CREATE TYPE "RevisionEntity" AS ENUM ('FIGURE', 'FACT', 'COMPARISON', 'ATTRIBUTE');

-- CreateEnum
CREATE TYPE "ReportSide" AS ENUM ('A', 'B');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('OPEN', 'ACCEPTED', 'REJECTED', 'DUPLICATE', 'SPAM');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- CreateTable
CREATE TABLE "media" (
    "hash" CHAR(64) NOT NULL,
    "mime_type" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "byte_size" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "media_pkey" PRIMARY KEY ("hash")
);

-- CreateTable
CREATE TABLE "media_variants" (
    "media_hash" CHAR(64) NOT NULL,
    "width" INTEGER NOT NULL,
    "format" TEXT NOT NULL,
    "height" INTEGER NOT NULL,
    "bytes" BYTEA NOT NULL,

    CONSTRAINT "media_variants_pkey" PRIMARY KEY ("media_hash","width","format")
);

-- CreateTable
CREATE TABLE "figures" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "FigureKind" NOT NULL,
    "description" TEXT NOT NULL,
    "photo_hash" CHAR(64),
    "photo_alt" TEXT,
    "photo_credit_name" TEXT,
    "photo_credit_url" TEXT,
    "photo_source_name" TEXT,
    "photo_source_url" TEXT,
    "photo_license" TEXT,
    "search_vector" tsvector,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "figures_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "figure_slug_redirects" (
    "slug" TEXT NOT NULL,
    "figure_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "figure_slug_redirects_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "attributes" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "attributes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "facts" (
    "id" SERIAL NOT NULL,
    "figure_id" INTEGER NOT NULL,
    "attribute_id" INTEGER NOT NULL,
    "value" TEXT NOT NULL,
    "source_url" TEXT,
    "note" TEXT,
    "verified_at" DATE,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "facts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "categories" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "categories_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "comparisons" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "pair_key" TEXT NOT NULL,
    "figure_a_id" INTEGER NOT NULL,
    "figure_b_id" INTEGER NOT NULL,
    "title" TEXT,
    "summary" TEXT NOT NULL DEFAULT '',
    "introduction" TEXT NOT NULL DEFAULT '',
    "conclusion" TEXT NOT NULL DEFAULT '',
    "status" "ComparisonStatus" NOT NULL DEFAULT 'DRAFT',
    "published_at" TIMESTAMPTZ(3),
    "search_vector" tsvector,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "comparisons_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "comparison_rows" (
    "id" SERIAL NOT NULL,
    "comparison_id" INTEGER NOT NULL,
    "attribute_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "comparison_rows_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "comparison_sections" (
    "id" SERIAL NOT NULL,
    "comparison_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "heading" TEXT NOT NULL,
    "body" TEXT NOT NULL,

    CONSTRAINT "comparison_sections_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "comparison_categories" (
    "comparison_id" INTEGER NOT NULL,
    "category_id" INTEGER NOT NULL,

    CONSTRAINT "comparison_categories_pkey" PRIMARY KEY ("comparison_id","category_id")
);

-- CreateTable
CREATE TABLE "users" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'EDITOR',
    "password_hash" TEXT NOT NULL,
    "must_change_password" BOOLEAN NOT NULL DEFAULT false,
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "session_version" INTEGER NOT NULL DEFAULT 1,
    "last_login_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "revisions" (
    "id" SERIAL NOT NULL,
    "entity_type" "RevisionEntity" NOT NULL,
    "entity_id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "author_id" INTEGER,
    "message" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "revisions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_events" (
    "id" BIGSERIAL NOT NULL,
    "actor_id" INTEGER,
    "actor_email" TEXT,
    "action" TEXT NOT NULL,
    "target_type" TEXT,
    "target_id" TEXT,
    "ip" TEXT,
    "details" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limit_counters" (
    "key" TEXT NOT NULL,
    "window_start" TIMESTAMPTZ(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "rate_limit_counters_pkey" PRIMARY KEY ("key","window_start")
);

-- CreateTable
CREATE TABLE "reports" (
    "id" SERIAL NOT NULL,
    "token" TEXT NOT NULL,
    "comparison_id" INTEGER NOT NULL,
    "row_id" INTEGER,
    "side" "ReportSide",
    "section_id" INTEGER,
    "message" TEXT NOT NULL,
    "suggested_value" TEXT,
    "source_url" TEXT,
    "reporter_email" TEXT,
    "ip_hash" TEXT NOT NULL,
    "status" "ReportStatus" NOT NULL DEFAULT 'OPEN',
    "resolution" TEXT,
    "decided_by_id" INTEGER,
    "decided_at" TIMESTAMPTZ(3),
    "duplicate_of_id" INTEGER,
    "revision_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "reports_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "correction_notices" (
    "id" SERIAL NOT NULL,
    "comparison_id" INTEGER NOT NULL,
    "report_id" INTEGER,
    "text" TEXT NOT NULL,
    "author_id" INTEGER,
    "published_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "correction_notices_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "outbox_messages" (
    "id" SERIAL NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "status" "OutboxStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_error" TEXT,
    "sent_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "outbox_messages_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "figures_slug_key" ON "figures"("slug");

-- CreateIndex
CREATE INDEX "figures_search_vector_idx" ON "figures" USING GIN ("search_vector");

-- CreateIndex
CREATE INDEX "figures_kind_name_idx" ON "figures"("kind", "name");

-- CreateIndex
CREATE INDEX "figure_slug_redirects_figure_id_idx" ON "figure_slug_redirects"("figure_id");

-- CreateIndex
CREATE UNIQUE INDEX "attributes_slug_key" ON "attributes"("slug");

-- CreateIndex
CREATE INDEX "facts_attribute_id_idx" ON "facts"("attribute_id");

-- CreateIndex
CREATE UNIQUE INDEX "facts_figure_id_attribute_id_key" ON "facts"("figure_id", "attribute_id");

-- CreateIndex
CREATE UNIQUE INDEX "categories_slug_key" ON "categories"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "comparisons_slug_key" ON "comparisons"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "comparisons_pair_key_key" ON "comparisons"("pair_key");

-- CreateIndex
CREATE INDEX "comparisons_figure_a_id_idx" ON "comparisons"("figure_a_id");

-- CreateIndex
CREATE INDEX "comparisons_figure_b_id_idx" ON "comparisons"("figure_b_id");

-- CreateIndex
CREATE INDEX "comparisons_status_published_at_idx" ON "comparisons"("status", "published_at" DESC);

-- CreateIndex
CREATE INDEX "comparisons_search_vector_idx" ON "comparisons" USING GIN ("search_vector");

-- CreateIndex
CREATE INDEX "comparison_rows_comparison_id_position_idx" ON "comparison_rows"("comparison_id", "position");

-- CreateIndex
CREATE INDEX "comparison_rows_attribute_id_idx" ON "comparison_rows"("attribute_id");

-- CreateIndex
CREATE UNIQUE INDEX "comparison_rows_comparison_id_attribute_id_key" ON "comparison_rows"("comparison_id", "attribute_id");

-- CreateIndex
CREATE INDEX "comparison_sections_comparison_id_position_idx" ON "comparison_sections"("comparison_id", "position");

-- CreateIndex
CREATE INDEX "comparison_categories_category_id_idx" ON "comparison_categories"("category_id");

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE INDEX "revisions_author_id_idx" ON "revisions"("author_id");

-- CreateIndex
CREATE UNIQUE INDEX "revisions_entity_type_entity_id_version_key" ON "revisions"("entity_type", "entity_id", "version");

-- CreateIndex
CREATE INDEX "audit_events_created_at_idx" ON "audit_events"("created_at" DESC);

-- CreateIndex
CREATE INDEX "audit_events_actor_id_created_at_idx" ON "audit_events"("actor_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "audit_events_action_created_at_idx" ON "audit_events"("action", "created_at" DESC);

-- CreateIndex
CREATE INDEX "rate_limit_counters_expires_at_idx" ON "rate_limit_counters"("expires_at");

-- CreateIndex
CREATE UNIQUE INDEX "reports_token_key" ON "reports"("token");

-- CreateIndex
CREATE INDEX "reports_status_created_at_idx" ON "reports"("status", "created_at");

-- CreateIndex
CREATE INDEX "reports_comparison_id_status_idx" ON "reports"("comparison_id", "status");

-- CreateIndex
CREATE INDEX "reports_ip_hash_created_at_idx" ON "reports"("ip_hash", "created_at");

-- CreateIndex
CREATE INDEX "correction_notices_comparison_id_published_at_idx" ON "correction_notices"("comparison_id", "published_at" DESC);

-- CreateIndex
CREATE INDEX "correction_notices_published_at_idx" ON "correction_notices"("published_at" DESC);

-- CreateIndex
CREATE INDEX "outbox_messages_status_next_attempt_at_idx" ON "outbox_messages"("status", "next_attempt_at");

-- AddForeignKey
ALTER TABLE "media_variants" ADD CONSTRAINT "media_variants_media_hash_fkey" FOREIGN KEY ("media_hash") REFERENCES "media"("hash") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "figures" ADD CONSTRAINT "figures_photo_hash_fkey" FOREIGN KEY ("photo_hash") REFERENCES "media"("hash") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "figure_slug_redirects" ADD CONSTRAINT "figure_slug_redirects_figure_id_fkey" FOREIGN KEY ("figure_id") REFERENCES "figures"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "facts" ADD CONSTRAINT "facts_figure_id_fkey" FOREIGN KEY ("figure_id") REFERENCES "figures"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "facts" ADD CONSTRAINT "facts_attribute_id_fkey" FOREIGN KEY ("attribute_id") REFERENCES "attributes"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comparisons" ADD CONSTRAINT "comparisons_figure_a_id_fkey" FOREIGN KEY ("figure_a_id") REFERENCES "figures"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comparisons" ADD CONSTRAINT "comparisons_figure_b_id_fkey" FOREIGN KEY ("figure_b_id") REFERENCES "figures"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comparison_rows" ADD CONSTRAINT "comparison_rows_comparison_id_fkey" FOREIGN KEY ("comparison_id") REFERENCES "comparisons"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comparison_rows" ADD CONSTRAINT "comparison_rows_attribute_id_fkey" FOREIGN KEY ("attribute_id") REFERENCES "attributes"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comparison_sections" ADD CONSTRAINT "comparison_sections_comparison_id_fkey" FOREIGN KEY ("comparison_id") REFERENCES "comparisons"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comparison_categories" ADD CONSTRAINT "comparison_categories_comparison_id_fkey" FOREIGN KEY ("comparison_id") REFERENCES "comparisons"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comparison_categories" ADD CONSTRAINT "comparison_categories_category_id_fkey" FOREIGN KEY ("category_id") REFERENCES "categories"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "revisions" ADD CONSTRAINT "revisions_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reports" ADD CONSTRAINT "reports_comparison_id_fkey" FOREIGN KEY ("comparison_id") REFERENCES "comparisons"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reports" ADD CONSTRAINT "reports_row_id_fkey" FOREIGN KEY ("row_id") REFERENCES "comparison_rows"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reports" ADD CONSTRAINT "reports_section_id_fkey" FOREIGN KEY ("section_id") REFERENCES "comparison_sections"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reports" ADD CONSTRAINT "reports_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reports" ADD CONSTRAINT "reports_duplicate_of_id_fkey" FOREIGN KEY ("duplicate_of_id") REFERENCES "reports"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reports" ADD CONSTRAINT "reports_revision_id_fkey" FOREIGN KEY ("revision_id") REFERENCES "revisions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "correction_notices" ADD CONSTRAINT "correction_notices_comparison_id_fkey" FOREIGN KEY ("comparison_id") REFERENCES "comparisons"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "correction_notices" ADD CONSTRAINT "correction_notices_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "reports"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "correction_notices" ADD CONSTRAINT "correction_notices_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------
-- Written by hand: invariants and full-text search that Prisma's schema cannot express.

-- A comparison pairs two different figures, and pair_key names the pair in either order.
ALTER TABLE "comparisons" ADD CONSTRAINT "comparisons_distinct_figures" CHECK ("figure_a_id" <> "figure_b_id");
ALTER TABLE "comparisons" ADD CONSTRAINT "comparisons_pair_key_matches"
    CHECK ("pair_key" = least("figure_a_id", "figure_b_id")::text || ':' || greatest("figure_a_id", "figure_b_id")::text);

-- A photo always has alt text.
ALTER TABLE "figures" ADD CONSTRAINT "figures_photo_alt_required"
    CHECK ("photo_hash" IS NULL OR length(btrim(coalesce("photo_alt", ''))) > 0);

-- A report targets the page, one side of a row, or a section: never a row and a section.
ALTER TABLE "reports" ADD CONSTRAINT "reports_single_target" CHECK ("row_id" IS NULL OR "section_id" IS NULL);
ALTER TABLE "reports" ADD CONSTRAINT "reports_side_needs_row" CHECK ("side" IS NULL OR "row_id" IS NOT NULL);

-- Weighted search documents: names and titles (A) above summaries (B) above bodies (C).
CREATE FUNCTION "figures_search_vector_refresh"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW."search_vector" :=
        setweight(to_tsvector('english', NEW."name"), 'A') ||
        setweight(to_tsvector('english', NEW."description"), 'B') ||
        setweight(to_tsvector('english', coalesce(
            (SELECT string_agg("value", ' ') FROM "facts" WHERE "figure_id" = NEW."id"), '')), 'C');
    RETURN NEW;
END
$$;
CREATE TRIGGER "figures_search_vector" BEFORE INSERT OR UPDATE ON "figures"
    FOR EACH ROW EXECUTE FUNCTION "figures_search_vector_refresh"();

CREATE FUNCTION "comparisons_search_vector_refresh"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    names text;
    sections text;
BEGIN
    SELECT string_agg("name", ' ') INTO names FROM "figures" WHERE "id" IN (NEW."figure_a_id", NEW."figure_b_id");
    SELECT string_agg("heading" || E'\n' || "body", E'\n' ORDER BY "position") INTO sections
        FROM "comparison_sections" WHERE "comparison_id" = NEW."id";
    NEW."search_vector" :=
        setweight(to_tsvector('english', coalesce(NEW."title", '') || ' ' || coalesce(names, '')), 'A') ||
        setweight(to_tsvector('english', NEW."summary"), 'B') ||
        setweight(to_tsvector('english', NEW."introduction" || E'\n' || coalesce(sections, '') || E'\n' || NEW."conclusion"), 'C');
    RETURN NEW;
END
$$;
CREATE TRIGGER "comparisons_search_vector" BEFORE INSERT OR UPDATE ON "comparisons"
    FOR EACH ROW EXECUTE FUNCTION "comparisons_search_vector_refresh"();

-- Changes elsewhere recompute the documents that include them (the BEFORE triggers above do the work).
CREATE FUNCTION "comparison_sections_touch_comparison"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        UPDATE "comparisons" SET "search_vector" = NULL WHERE "id" = OLD."comparison_id";
    END IF;
    IF TG_OP <> 'DELETE' THEN
        UPDATE "comparisons" SET "search_vector" = NULL WHERE "id" = NEW."comparison_id";
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER "comparison_sections_search" AFTER INSERT OR UPDATE OR DELETE ON "comparison_sections"
    FOR EACH ROW EXECUTE FUNCTION "comparison_sections_touch_comparison"();

CREATE FUNCTION "facts_touch_figure"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        UPDATE "figures" SET "search_vector" = NULL WHERE "id" = OLD."figure_id";
    END IF;
    IF TG_OP <> 'DELETE' THEN
        UPDATE "figures" SET "search_vector" = NULL WHERE "id" = NEW."figure_id";
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER "facts_search" AFTER INSERT OR UPDATE OR DELETE ON "facts"
    FOR EACH ROW EXECUTE FUNCTION "facts_touch_figure"();

CREATE FUNCTION "figures_touch_comparisons"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "comparisons" SET "search_vector" = NULL WHERE "figure_a_id" = NEW."id" OR "figure_b_id" = NEW."id";
    RETURN NULL;
END
$$;
CREATE TRIGGER "figures_rename_search" AFTER UPDATE OF "name" ON "figures"
    FOR EACH ROW WHEN (OLD."name" IS DISTINCT FROM NEW."name") EXECUTE FUNCTION "figures_touch_comparisons"();
