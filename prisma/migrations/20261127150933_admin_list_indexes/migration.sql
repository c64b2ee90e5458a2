-- CreateIndex
CREATE INDEX "comparisons_updated_at_id_idx" ON "comparisons"("updated_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "comparisons_status_updated_at_id_idx" ON "comparisons"("status", "updated_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "figures_name_id_idx" ON "figures"("name", "id");
