-- 0009: petitions, their dated updates, signatures and the counters the signature writer keeps exact.

CREATE TABLE "Petitions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Petitions" PRIMARY KEY AUTOINCREMENT,
    "Slug" TEXT NOT NULL,
    "CampaignId" INTEGER NULL,
    "Goal" INTEGER NOT NULL,
    "Deadline" TEXT NULL,
    "Status" INTEGER NOT NULL,
    "IsPublished" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "PublishedAt" TEXT NULL,
    "Letter_En" TEXT NOT NULL,
    "Letter_Es" TEXT NULL,
    "Target_En" TEXT NOT NULL,
    "Target_Es" TEXT NULL,
    "Title_En" TEXT NOT NULL,
    "Title_Es" TEXT NULL,
    CONSTRAINT "FK_Petitions_Campaigns_CampaignId" FOREIGN KEY ("CampaignId") REFERENCES "Campaigns" ("Id") ON DELETE SET NULL
);

CREATE TABLE "PetitionCounters" (
    "PetitionId" INTEGER NOT NULL CONSTRAINT "PK_PetitionCounters" PRIMARY KEY,
    "Signatures" INTEGER NOT NULL,
    "Confirmed" INTEGER NOT NULL,
    CONSTRAINT "FK_PetitionCounters_Petitions_PetitionId" FOREIGN KEY ("PetitionId") REFERENCES "Petitions" ("Id") ON DELETE CASCADE
);

CREATE TABLE "PetitionSignatures" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PetitionSignatures" PRIMARY KEY AUTOINCREMENT,
    "PetitionId" INTEGER NOT NULL,
    "FirstName" TEXT NOT NULL,
    "LastName" TEXT NOT NULL,
    "Email" TEXT NOT NULL,
    "Zip" TEXT NOT NULL,
    "State" TEXT NULL,
    "Comment" TEXT NULL,
    "ShowName" INTEGER NOT NULL,
    "WantsUpdates" INTEGER NOT NULL,
    "Culture" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "ConfirmationQueuedAt" TEXT NULL,
    "ConfirmedAt" TEXT NULL,
    "UnsubscribedAt" TEXT NULL,
    CONSTRAINT "FK_PetitionSignatures_Petitions_PetitionId" FOREIGN KEY ("PetitionId") REFERENCES "Petitions" ("Id") ON DELETE CASCADE
);

CREATE TABLE "PetitionUpdates" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PetitionUpdates" PRIMARY KEY AUTOINCREMENT,
    "PetitionId" INTEGER NOT NULL,
    "PublishedAt" TEXT NOT NULL,
    "EmailStatus" INTEGER NOT NULL,
    "EmailedThroughSignatureId" INTEGER NOT NULL,
    "EmailedCount" INTEGER NOT NULL,
    "Body_En" TEXT NOT NULL,
    "Body_Es" TEXT NULL,
    "Title_En" TEXT NOT NULL,
    "Title_Es" TEXT NULL,
    CONSTRAINT "FK_PetitionUpdates_Petitions_PetitionId" FOREIGN KEY ("PetitionId") REFERENCES "Petitions" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Petitions_CampaignId" ON "Petitions" ("CampaignId");

CREATE INDEX "IX_Petitions_IsPublished_Status" ON "Petitions" ("IsPublished", "Status");

CREATE UNIQUE INDEX "IX_Petitions_Slug" ON "Petitions" ("Slug");

CREATE INDEX "IX_PetitionSignatures_ConfirmationQueuedAt_Id" ON "PetitionSignatures" ("ConfirmationQueuedAt", "Id");

CREATE UNIQUE INDEX "IX_PetitionSignatures_PetitionId_Email" ON "PetitionSignatures" ("PetitionId", "Email");

CREATE INDEX "IX_PetitionSignatures_PetitionId_Id" ON "PetitionSignatures" ("PetitionId", "Id");

CREATE INDEX "IX_PetitionUpdates_EmailStatus" ON "PetitionUpdates" ("EmailStatus");

CREATE INDEX "IX_PetitionUpdates_PetitionId_PublishedAt" ON "PetitionUpdates" ("PetitionId", "PublishedAt");
