-- AlterTable
ALTER TABLE "Story" ADD COLUMN     "analysisVersion" TEXT;
