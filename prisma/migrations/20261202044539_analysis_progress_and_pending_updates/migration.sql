-- AlterTable
ALTER TABLE "ReportVersion" ADD COLUMN     "claimsBefore" JSONB;

-- AlterTable
ALTER TABLE "StoryAnalysisJob" ADD COLUMN     "reportsDone" INTEGER NOT NULL DEFAULT 0;
