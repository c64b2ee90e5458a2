-- CreateTable
CREATE TABLE "kept_forms" (
    "id" UUID NOT NULL,
    "path" TEXT NOT NULL,
    "values" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "kept_forms_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "kept_forms_created_at_idx" ON "kept_forms"("created_at");
