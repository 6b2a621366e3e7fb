-- 0008: actions tied to a campaign (letters, calls, social posts) and what supporters did with them:
-- letters with one delivery record per target, each with its status history; House batches for a
-- vendor; calls by office and outcome; posts by platform. Letters hold personal data (name, e-mail, address).

CREATE TABLE "Actions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Actions" PRIMARY KEY AUTOINCREMENT,
    "CampaignId" INTEGER NOT NULL,
    "Kind" INTEGER NOT NULL,
    "Slug" TEXT NOT NULL,
    "IsPublished" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "PublishedAt" TEXT NULL,
    "Lawmakers" INTEGER NOT NULL,
    "SupporterMayEdit" INTEGER NOT NULL,
    "Topic" TEXT NULL,
    "Hashtags" TEXT NULL,
    "Intro_En" TEXT NOT NULL,
    "Intro_Es" TEXT NULL,
    "Letter_En" TEXT NOT NULL,
    "Letter_Es" TEXT NULL,
    "Post_En" TEXT NOT NULL,
    "Post_Es" TEXT NULL,
    "Script_En" TEXT NOT NULL,
    "Script_Es" TEXT NULL,
    "Subject_En" TEXT NOT NULL,
    "Subject_Es" TEXT NULL,
    "TalkingPoints_En" TEXT NOT NULL,
    "TalkingPoints_Es" TEXT NULL,
    "Title_En" TEXT NOT NULL,
    "Title_Es" TEXT NULL,
    CONSTRAINT "FK_Actions_Campaigns_CampaignId" FOREIGN KEY ("CampaignId") REFERENCES "Campaigns" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ActionFixedTargets" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ActionFixedTargets" PRIMARY KEY AUTOINCREMENT,
    "ActionId" INTEGER NOT NULL,
    "Position" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Email" TEXT NOT NULL,
    CONSTRAINT "FK_ActionFixedTargets_Actions_ActionId" FOREIGN KEY ("ActionId") REFERENCES "Actions" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ActionLetters" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ActionLetters" PRIMARY KEY AUTOINCREMENT,
    "ActionId" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "Culture" TEXT NOT NULL,
    "Prefix" TEXT NULL,
    "FirstName" TEXT NOT NULL,
    "LastName" TEXT NOT NULL,
    "Email" TEXT NOT NULL,
    "Address1" TEXT NOT NULL,
    "Address2" TEXT NULL,
    "City" TEXT NOT NULL,
    "State" TEXT NOT NULL,
    "Zip" TEXT NOT NULL,
    "District" INTEGER NULL,
    "Subject" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "Edited" INTEGER NOT NULL,
    CONSTRAINT "FK_ActionLetters_Actions_ActionId" FOREIGN KEY ("ActionId") REFERENCES "Actions" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ActionDeliveryBatches" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ActionDeliveryBatches" PRIMARY KEY AUTOINCREMENT,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "Count" INTEGER NOT NULL,
    "SentAt" TEXT NULL,
    "SentBy" TEXT NULL
);

CREATE TABLE "ActionDeliveries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ActionDeliveries" PRIMARY KEY AUTOINCREMENT,
    "LetterId" INTEGER NOT NULL,
    "ActionId" INTEGER NOT NULL,
    "Key" TEXT NOT NULL,
    "TargetKind" INTEGER NOT NULL,
    "TargetName" TEXT NOT NULL,
    "TargetTitle" TEXT NOT NULL,
    "BioguideId" TEXT NULL,
    "OfficeCode" TEXT NULL,
    "TargetEmail" TEXT NULL,
    "ContactForm" TEXT NULL,
    "Channel" INTEGER NOT NULL,
    "Status" INTEGER NOT NULL,
    "OutboxMessageId" INTEGER NULL,
    "CwcDocument" TEXT NULL,
    "BatchId" INTEGER NULL,
    "Attempts" INTEGER NOT NULL,
    "NextAttemptAt" TEXT NULL,
    "LockedUntil" TEXT NULL,
    "Answer" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "SentAt" TEXT NULL,
    CONSTRAINT "FK_ActionDeliveries_ActionDeliveryBatches_BatchId" FOREIGN KEY ("BatchId") REFERENCES "ActionDeliveryBatches" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_ActionDeliveries_ActionLetters_LetterId" FOREIGN KEY ("LetterId") REFERENCES "ActionLetters" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ActionDeliveries_OutboxMessages_OutboxMessageId" FOREIGN KEY ("OutboxMessageId") REFERENCES "OutboxMessages" ("Id") ON DELETE SET NULL
);

CREATE TABLE "ActionDeliveryEvents" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ActionDeliveryEvents" PRIMARY KEY AUTOINCREMENT,
    "DeliveryId" INTEGER NOT NULL,
    "At" TEXT NOT NULL,
    "Status" INTEGER NOT NULL,
    "Actor" TEXT NOT NULL,
    "Note" TEXT NULL,
    CONSTRAINT "FK_ActionDeliveryEvents_ActionDeliveries_DeliveryId" FOREIGN KEY ("DeliveryId") REFERENCES "ActionDeliveries" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ActionCalls" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ActionCalls" PRIMARY KEY AUTOINCREMENT,
    "ActionId" INTEGER NOT NULL,
    "BioguideId" TEXT NOT NULL,
    "TargetName" TEXT NOT NULL,
    "Outcome" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_ActionCalls_Actions_ActionId" FOREIGN KEY ("ActionId") REFERENCES "Actions" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ActionSocialPosts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ActionSocialPosts" PRIMARY KEY AUTOINCREMENT,
    "ActionId" INTEGER NOT NULL,
    "Platform" INTEGER NOT NULL,
    "Mentions" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_ActionSocialPosts_Actions_ActionId" FOREIGN KEY ("ActionId") REFERENCES "Actions" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_ActionCalls_ActionId_BioguideId" ON "ActionCalls" ("ActionId", "BioguideId");

CREATE INDEX "IX_ActionDeliveries_ActionId_Status" ON "ActionDeliveries" ("ActionId", "Status");

CREATE INDEX "IX_ActionDeliveries_BatchId" ON "ActionDeliveries" ("BatchId");

CREATE INDEX "IX_ActionDeliveries_Channel_Status_NextAttemptAt" ON "ActionDeliveries" ("Channel", "Status", "NextAttemptAt");

CREATE UNIQUE INDEX "IX_ActionDeliveries_Key" ON "ActionDeliveries" ("Key");

CREATE INDEX "IX_ActionDeliveries_LetterId" ON "ActionDeliveries" ("LetterId");

CREATE INDEX "IX_ActionDeliveries_OutboxMessageId" ON "ActionDeliveries" ("OutboxMessageId");

CREATE INDEX "IX_ActionDeliveryEvents_DeliveryId_At" ON "ActionDeliveryEvents" ("DeliveryId", "At");

CREATE INDEX "IX_ActionFixedTargets_ActionId" ON "ActionFixedTargets" ("ActionId");

CREATE INDEX "IX_ActionLetters_ActionId_Email_CreatedAt" ON "ActionLetters" ("ActionId", "Email", "CreatedAt");

CREATE INDEX "IX_Actions_CampaignId_Kind" ON "Actions" ("CampaignId", "Kind");

CREATE UNIQUE INDEX "IX_Actions_Slug" ON "Actions" ("Slug");

CREATE INDEX "IX_ActionSocialPosts_ActionId_Platform" ON "ActionSocialPosts" ("ActionId", "Platform");
