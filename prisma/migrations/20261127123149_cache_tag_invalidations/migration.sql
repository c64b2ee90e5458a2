-- CreateTable
CREATE TABLE "cache_tag_invalidations" (
    "tag" TEXT NOT NULL,
    "stale_at" BIGINT NOT NULL,
    "expired_at" BIGINT NOT NULL,

    CONSTRAINT "cache_tag_invalidations_pkey" PRIMARY KEY ("tag")
);
