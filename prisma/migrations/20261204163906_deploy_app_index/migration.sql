-- CreateIndex
CREATE INDEX "Deploy_projectId_app_idx" ON "Deploy"("projectId", "app");
