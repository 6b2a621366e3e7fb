-- 0002: campaigns, their updates, partners, impact figures and ladder of actions.

CREATE TABLE "Campaigns" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Campaigns" PRIMARY KEY AUTOINCREMENT,
    "Slug" TEXT NOT NULL,
    "Status" INTEGER NOT NULL,
    "IsPublished" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "PublishedAt" TEXT NULL,
    "About_En" TEXT NOT NULL,
    "About_Es" TEXT NULL,
    "Call_En" TEXT NOT NULL,
    "Call_Es" TEXT NULL,
    "Title_En" TEXT NOT NULL,
    "Title_Es" TEXT NULL
);

CREATE TABLE "CampaignImpactFigures" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CampaignImpactFigures" PRIMARY KEY AUTOINCREMENT,
    "CampaignId" INTEGER NOT NULL,
    "Position" INTEGER NOT NULL,
    "Value" INTEGER NOT NULL,
    "AsOf" TEXT NOT NULL,
    "Label_En" TEXT NOT NULL,
    "Label_Es" TEXT NULL,
    CONSTRAINT "FK_CampaignImpactFigures_Campaigns_CampaignId" FOREIGN KEY ("CampaignId") REFERENCES "Campaigns" ("Id") ON DELETE CASCADE
);

CREATE TABLE "CampaignLadderSteps" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CampaignLadderSteps" PRIMARY KEY AUTOINCREMENT,
    "CampaignId" INTEGER NOT NULL,
    "Position" INTEGER NOT NULL,
    "Url" TEXT NOT NULL,
    "Description_En" TEXT NOT NULL,
    "Description_Es" TEXT NULL,
    "Title_En" TEXT NOT NULL,
    "Title_Es" TEXT NULL,
    CONSTRAINT "FK_CampaignLadderSteps_Campaigns_CampaignId" FOREIGN KEY ("CampaignId") REFERENCES "Campaigns" ("Id") ON DELETE CASCADE
);

CREATE TABLE "CampaignPartners" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CampaignPartners" PRIMARY KEY AUTOINCREMENT,
    "CampaignId" INTEGER NOT NULL,
    "Position" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "Url" TEXT NULL,
    CONSTRAINT "FK_CampaignPartners_Campaigns_CampaignId" FOREIGN KEY ("CampaignId") REFERENCES "Campaigns" ("Id") ON DELETE CASCADE
);

CREATE TABLE "CampaignUpdates" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CampaignUpdates" PRIMARY KEY AUTOINCREMENT,
    "CampaignId" INTEGER NOT NULL,
    "PublishedAt" TEXT NOT NULL,
    "Body_En" TEXT NOT NULL,
    "Body_Es" TEXT NULL,
    "Title_En" TEXT NOT NULL,
    "Title_Es" TEXT NULL,
    CONSTRAINT "FK_CampaignUpdates_Campaigns_CampaignId" FOREIGN KEY ("CampaignId") REFERENCES "Campaigns" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_CampaignImpactFigures_CampaignId" ON "CampaignImpactFigures" ("CampaignId");

CREATE INDEX "IX_CampaignLadderSteps_CampaignId" ON "CampaignLadderSteps" ("CampaignId");

CREATE INDEX "IX_CampaignPartners_CampaignId" ON "CampaignPartners" ("CampaignId");

CREATE INDEX "IX_Campaigns_IsPublished_Status" ON "Campaigns" ("IsPublished", "Status");

CREATE UNIQUE INDEX "IX_Campaigns_Slug" ON "Campaigns" ("Slug");

CREATE INDEX "IX_CampaignUpdates_CampaignId_PublishedAt" ON "CampaignUpdates" ("CampaignId", "PublishedAt");
