-- CreateTable
CREATE TABLE "StoryAnalysisJob" (
    "storyId" UUID NOT NULL,
    "jobId" TEXT,
    "state" TEXT NOT NULL,
    "stage" TEXT,
    "reportCount" INTEGER NOT NULL DEFAULT 0,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "inputHash" TEXT,
    "queuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StoryAnalysisJob_pkey" PRIMARY KEY ("storyId")
);

-- AddForeignKey
ALTER TABLE "StoryAnalysisJob" ADD CONSTRAINT "StoryAnalysisJob_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story"("id") ON DELETE CASCADE ON UPDATE CASCADE;
