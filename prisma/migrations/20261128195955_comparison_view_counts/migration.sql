-- CreateTable
CREATE TABLE "comparison_view_counts" (
    "comparison_id" INTEGER NOT NULL,
    "day" DATE NOT NULL,
    "views" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "comparison_view_counts_pkey" PRIMARY KEY ("comparison_id","day")
);

-- CreateIndex
CREATE INDEX "comparison_view_counts_day_idx" ON "comparison_view_counts"("day");

-- AddForeignKey
ALTER TABLE "comparison_view_counts" ADD CONSTRAINT "comparison_view_counts_comparison_id_fkey" FOREIGN KEY ("comparison_id") REFERENCES "comparisons"("id") ON DELETE CASCADE ON UPDATE CASCADE;
