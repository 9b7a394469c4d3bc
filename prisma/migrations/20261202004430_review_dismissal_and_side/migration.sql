-- AlterEnum
ALTER TYPE "ReviewStatus" ADD VALUE 'not_a_claim';

-- AlterTable
ALTER TABLE "ClusterReview" ADD COLUMN     "rightSide" TEXT;
