-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "furniture" JSONB;
