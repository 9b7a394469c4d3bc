-- CreateEnum
CREATE TYPE "ClaimKind" AS ENUM ('quantity', 'quote', 'attribution', 'event', 'statement', 'role', 'date');

-- CreateEnum
CREATE TYPE "Verdict" AS ENUM ('agree', 'contradict', 'single');

-- CreateEnum
CREATE TYPE "EntityType" AS ENUM ('person', 'place', 'org');

-- AlterTable
ALTER TABLE "Story" ADD COLUMN     "analyzedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "family" TEXT,
ADD COLUMN     "familyLabel" TEXT,
ADD COLUMN     "provenance" JSONB;

-- CreateTable
CREATE TABLE "Claim" (
    "id" UUID NOT NULL,
    "storyId" UUID NOT NULL,
    "reportId" UUID NOT NULL,
    "clusterId" UUID,
    "key" TEXT NOT NULL,
    "kind" "ClaimKind" NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "subject" TEXT,
    "quantity" JSONB,
    "quote" JSONB,
    "role" JSONB,
    "date" JSONB,
    "attribution" JSONB,

    CONSTRAINT "Claim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Cluster" (
    "id" UUID NOT NULL,
    "storyId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "ClaimKind" NOT NULL,
    "summary" TEXT NOT NULL,
    "verdict" "Verdict" NOT NULL,
    "reason" TEXT NOT NULL,
    "differences" JSONB NOT NULL,
    "reportCount" INTEGER NOT NULL,
    "independentCount" INTEGER NOT NULL,

    CONSTRAINT "Cluster_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Entity" (
    "id" UUID NOT NULL,
    "storyId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "canonical" TEXT NOT NULL,
    "type" "EntityType" NOT NULL,
    "mentions" TEXT[],
    "roles" TEXT[],

    CONSTRAINT "Entity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClaimEntity" (
    "claimId" UUID NOT NULL,
    "entityId" UUID NOT NULL,

    CONSTRAINT "ClaimEntity_pkey" PRIMARY KEY ("claimId","entityId")
);

-- CreateIndex
CREATE INDEX "Claim_reportId_start_idx" ON "Claim"("reportId", "start");

-- CreateIndex
CREATE INDEX "Claim_clusterId_idx" ON "Claim"("clusterId");

-- CreateIndex
CREATE UNIQUE INDEX "Claim_storyId_key_key" ON "Claim"("storyId", "key");

-- CreateIndex
CREATE INDEX "Cluster_storyId_verdict_idx" ON "Cluster"("storyId", "verdict");

-- CreateIndex
CREATE UNIQUE INDEX "Cluster_storyId_key_key" ON "Cluster"("storyId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "Entity_storyId_key_key" ON "Entity"("storyId", "key");

-- CreateIndex
CREATE INDEX "ClaimEntity_entityId_idx" ON "ClaimEntity"("entityId");

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "Cluster"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Cluster" ADD CONSTRAINT "Cluster_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Entity" ADD CONSTRAINT "Entity_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimEntity" ADD CONSTRAINT "ClaimEntity_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimEntity" ADD CONSTRAINT "ClaimEntity_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;
