-- CreateEnum
CREATE TYPE "AlignmentAction" AS ENUM ('move', 'split', 'merge');

-- CreateTable
CREATE TABLE "AlignmentEdit" (
    "id" UUID NOT NULL,
    "storyId" UUID NOT NULL,
    "action" "AlignmentAction" NOT NULL,
    "claimRef" TEXT NOT NULL,
    "targetRef" TEXT,
    "actorId" TEXT NOT NULL,
    "actorName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AlignmentEdit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AlignmentEdit_storyId_createdAt_idx" ON "AlignmentEdit"("storyId", "createdAt");

-- AddForeignKey
ALTER TABLE "AlignmentEdit" ADD CONSTRAINT "AlignmentEdit_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story"("id") ON DELETE CASCADE ON UPDATE CASCADE;
