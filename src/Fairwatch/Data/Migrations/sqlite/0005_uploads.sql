-- 0005: uploaded files (images and PDFs, stored in the database), campaign reports and partner logos.

CREATE TABLE "StoredFiles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_StoredFiles" PRIMARY KEY,
    "Kind" INTEGER NOT NULL,
    "ContentType" TEXT NOT NULL,
    "FileName" TEXT NOT NULL,
    "Size" INTEGER NOT NULL,
    "Width" INTEGER NULL,
    "Height" INTEGER NULL,
    "Sha256" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "Content" BLOB NOT NULL
);

CREATE TABLE "CampaignReports" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CampaignReports" PRIMARY KEY AUTOINCREMENT,
    "CampaignId" INTEGER NOT NULL,
    "PublishedAt" TEXT NOT NULL,
    "FileId" TEXT NOT NULL,
    "FileName" TEXT NOT NULL,
    "FileSize" INTEGER NOT NULL,
    "Title_En" TEXT NOT NULL,
    "Title_Es" TEXT NULL,
    CONSTRAINT "FK_CampaignReports_Campaigns_CampaignId" FOREIGN KEY ("CampaignId") REFERENCES "Campaigns" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_CampaignReports_StoredFiles_FileId" FOREIGN KEY ("FileId") REFERENCES "StoredFiles" ("Id") ON DELETE RESTRICT
);

ALTER TABLE "CampaignPartners" ADD COLUMN "LogoFileId" TEXT NULL CONSTRAINT "FK_CampaignPartners_StoredFiles_LogoFileId" REFERENCES "StoredFiles" ("Id") ON DELETE SET NULL;

ALTER TABLE "CampaignPartners" ADD COLUMN "LogoFileName" TEXT NULL;

CREATE INDEX "IX_CampaignPartners_LogoFileId" ON "CampaignPartners" ("LogoFileId");

CREATE INDEX "IX_CampaignReports_CampaignId" ON "CampaignReports" ("CampaignId");

CREATE INDEX "IX_CampaignReports_FileId" ON "CampaignReports" ("FileId");
