-- AlterTable
ALTER TABLE "sessions" ADD COLUMN     "ended_at" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "sessions_ended_at_idx" ON "sessions"("ended_at");
