-- Kept input from before this migration has no owner to give it back to (it lasts a day anyway).
DELETE FROM "kept_forms";

-- AlterTable
ALTER TABLE "kept_forms" ADD COLUMN     "user_id" INTEGER NOT NULL;

-- AddForeignKey
ALTER TABLE "kept_forms" ADD CONSTRAINT "kept_forms_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
