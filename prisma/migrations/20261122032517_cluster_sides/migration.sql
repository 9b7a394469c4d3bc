-- AlterTable
ALTER TABLE "Cluster" ADD COLUMN     "sides" JSONB NOT NULL DEFAULT '{}';
