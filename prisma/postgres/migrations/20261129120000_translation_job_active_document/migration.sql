-- AlterTable
ALTER TABLE "TranslationJob" ADD COLUMN     "activeDocumentId" INTEGER;

-- CreateIndex
CREATE UNIQUE INDEX "TranslationJob_activeDocumentId_key" ON "TranslationJob"("activeDocumentId");

