-- 0003: the video library: films, the human-rights issues they are tagged with, and the tags.

CREATE TABLE "FilmIssues" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_FilmIssues" PRIMARY KEY AUTOINCREMENT,
    "Slug" TEXT NOT NULL,
    "Name_En" TEXT NOT NULL,
    "Name_Es" TEXT NULL
);

CREATE TABLE "Films" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Films" PRIMARY KEY AUTOINCREMENT,
    "Slug" TEXT NOT NULL,
    "CampaignId" INTEGER NULL,
    "Position" INTEGER NOT NULL,
    "MadeOn" TEXT NOT NULL,
    "LengthSeconds" INTEGER NOT NULL,
    "CaptionsUrl" TEXT NULL,
    "VideoHost" INTEGER NOT NULL,
    "VideoId" TEXT NOT NULL,
    "IsPublished" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "PublishedAt" TEXT NULL,
    "Audience_En" TEXT NOT NULL,
    "Audience_Es" TEXT NULL,
    "ContentNotes_En" TEXT NOT NULL,
    "ContentNotes_Es" TEXT NULL,
    "Goal_En" TEXT NOT NULL,
    "Goal_Es" TEXT NULL,
    "Location_En" TEXT NOT NULL,
    "Location_Es" TEXT NULL,
    "MadeBy_En" TEXT NOT NULL,
    "MadeBy_Es" TEXT NULL,
    "Message_En" TEXT NOT NULL,
    "Message_Es" TEXT NULL,
    "Title_En" TEXT NOT NULL,
    "Title_Es" TEXT NULL,
    "Transcript_En" TEXT NOT NULL,
    "Transcript_Es" TEXT NULL,
    CONSTRAINT "FK_Films_Campaigns_CampaignId" FOREIGN KEY ("CampaignId") REFERENCES "Campaigns" ("Id") ON DELETE SET NULL
);

CREATE TABLE "FilmIssueTags" (
    "FilmId" INTEGER NOT NULL,
    "IssueId" INTEGER NOT NULL,
    CONSTRAINT "PK_FilmIssueTags" PRIMARY KEY ("FilmId", "IssueId"),
    CONSTRAINT "FK_FilmIssueTags_FilmIssues_IssueId" FOREIGN KEY ("IssueId") REFERENCES "FilmIssues" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_FilmIssueTags_Films_FilmId" FOREIGN KEY ("FilmId") REFERENCES "Films" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_FilmIssues_Slug" ON "FilmIssues" ("Slug");

CREATE INDEX "IX_FilmIssueTags_IssueId" ON "FilmIssueTags" ("IssueId");

CREATE INDEX "IX_Films_CampaignId_Position" ON "Films" ("CampaignId", "Position");

CREATE INDEX "IX_Films_IsPublished_MadeOn" ON "Films" ("IsPublished", "MadeOn");

CREATE UNIQUE INDEX "IX_Films_Slug" ON "Films" ("Slug");
