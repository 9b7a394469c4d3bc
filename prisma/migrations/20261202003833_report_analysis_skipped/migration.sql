-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "analysisSkipped" TEXT;
