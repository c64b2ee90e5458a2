-- AlterEnum
ALTER TYPE "RevisionEntity" ADD VALUE 'CATEGORY';

-- AlterTable
ALTER TABLE "categories" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "category_slug_redirects" (
    "slug" TEXT NOT NULL,
    "category_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "category_slug_redirects_pkey" PRIMARY KEY ("slug")
);

-- CreateIndex
CREATE INDEX "category_slug_redirects_category_id_idx" ON "category_slug_redirects"("category_id");

-- AddForeignKey
ALTER TABLE "category_slug_redirects" ADD CONSTRAINT "category_slug_redirects_category_id_fkey" FOREIGN KEY ("category_id") REFERENCES "categories"("id") ON DELETE CASCADE ON UPDATE CASCADE;
