-- CreateEnum
CREATE TYPE "HerokuJobStatus" AS ENUM ('queued', 'running', 'done', 'failed');

-- CreateTable
CREATE TABLE "HerokuConnection" (
    "projectId" INTEGER NOT NULL,
    "apiKey" TEXT NOT NULL,
    "accountEmail" TEXT NOT NULL,
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HerokuConnection_pkey" PRIMARY KEY ("projectId")
);

-- CreateTable
CREATE TABLE "HerokuApp" (
    "id" SERIAL NOT NULL,
    "projectId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "herokuAppId" TEXT NOT NULL,
    "webhookId" TEXT,
    "webhookState" TEXT NOT NULL DEFAULT 'none',
    "webhookError" TEXT,
    "reconciledAt" TIMESTAMP(3),
    "reconcileError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HerokuApp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HerokuImportJob" (
    "id" SERIAL NOT NULL,
    "projectId" INTEGER NOT NULL,
    "app" TEXT NOT NULL,
    "status" "HerokuJobStatus" NOT NULL DEFAULT 'queued',
    "cursor" TEXT,
    "total" INTEGER,
    "seen" INTEGER NOT NULL DEFAULT 0,
    "recorded" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "leaseUntil" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "HerokuImportJob_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "HerokuApp_projectId_name_key" ON "HerokuApp"("projectId", "name");

-- CreateIndex
CREATE INDEX "HerokuImportJob_status_leaseUntil_idx" ON "HerokuImportJob"("status", "leaseUntil");

-- CreateIndex
CREATE INDEX "HerokuImportJob_projectId_app_id_idx" ON "HerokuImportJob"("projectId", "app", "id" DESC);

-- AddForeignKey
ALTER TABLE "HerokuConnection" ADD CONSTRAINT "HerokuConnection_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HerokuApp" ADD CONSTRAINT "HerokuApp_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HerokuImportJob" ADD CONSTRAINT "HerokuImportJob_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;
