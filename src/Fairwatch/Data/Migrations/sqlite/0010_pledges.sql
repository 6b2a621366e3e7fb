-- 0010: pledges (with the counters the pledge writer keeps exact and their allies) and the campaign photo walls.

CREATE TABLE "Pledges" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Pledges" PRIMARY KEY AUTOINCREMENT,
    "Slug" TEXT NOT NULL,
    "CampaignId" INTEGER NULL,
    "IsPublished" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "PublishedAt" TEXT NULL,
    "Text_En" TEXT NOT NULL,
    "Text_Es" TEXT NULL,
    "Title_En" TEXT NOT NULL,
    "Title_Es" TEXT NULL,
    CONSTRAINT "FK_Pledges_Campaigns_CampaignId" FOREIGN KEY ("CampaignId") REFERENCES "Campaigns" ("Id") ON DELETE SET NULL
);

CREATE TABLE "PledgeCounters" (
    "PledgeId" INTEGER NOT NULL CONSTRAINT "PK_PledgeCounters" PRIMARY KEY,
    "Allies" INTEGER NOT NULL,
    CONSTRAINT "FK_PledgeCounters_Pledges_PledgeId" FOREIGN KEY ("PledgeId") REFERENCES "Pledges" ("Id") ON DELETE CASCADE
);

CREATE TABLE "PledgeAllies" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PledgeAllies" PRIMARY KEY AUTOINCREMENT,
    "PledgeId" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "Email" TEXT NOT NULL,
    "City" TEXT NOT NULL,
    "Message" TEXT NULL,
    "WantsFeature" INTEGER NOT NULL,
    "FeaturedAt" TEXT NULL,
    "Culture" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_PledgeAllies_Pledges_PledgeId" FOREIGN KEY ("PledgeId") REFERENCES "Pledges" ("Id") ON DELETE CASCADE
);

CREATE TABLE "WallPhotos" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_WallPhotos" PRIMARY KEY AUTOINCREMENT,
    "CampaignId" INTEGER NOT NULL,
    "FileId" TEXT NOT NULL,
    "Caption" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Email" TEXT NOT NULL,
    "Culture" TEXT NOT NULL,
    "Status" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "ModeratedAt" TEXT NULL,
    CONSTRAINT "FK_WallPhotos_Campaigns_CampaignId" FOREIGN KEY ("CampaignId") REFERENCES "Campaigns" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_WallPhotos_StoredFiles_FileId" FOREIGN KEY ("FileId") REFERENCES "StoredFiles" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_PledgeAllies_FeaturedAt" ON "PledgeAllies" ("FeaturedAt");

CREATE UNIQUE INDEX "IX_PledgeAllies_PledgeId_Email" ON "PledgeAllies" ("PledgeId", "Email");

CREATE INDEX "IX_PledgeAllies_PledgeId_Id" ON "PledgeAllies" ("PledgeId", "Id");

CREATE INDEX "IX_Pledges_CampaignId" ON "Pledges" ("CampaignId");

CREATE UNIQUE INDEX "IX_Pledges_Slug" ON "Pledges" ("Slug");

CREATE INDEX "IX_WallPhotos_CampaignId_Status_Id" ON "WallPhotos" ("CampaignId", "Status", "Id");

CREATE INDEX "IX_WallPhotos_FileId" ON "WallPhotos" ("FileId");

CREATE INDEX "IX_WallPhotos_Status_Id" ON "WallPhotos" ("Status", "Id");
