-- 0006: events and screenings: events with their time zone and places, replies (RSVPs) with a
-- waiting list and a reminder mark, requests to host a screening, and files attached to e-mails.

CREATE TABLE "OutboxAttachments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_OutboxAttachments" PRIMARY KEY AUTOINCREMENT,
    "OutboxMessageId" INTEGER NOT NULL,
    "FileName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "Content" BLOB NOT NULL,
    CONSTRAINT "FK_OutboxAttachments_OutboxMessages_OutboxMessageId" FOREIGN KEY ("OutboxMessageId") REFERENCES "OutboxMessages" ("Id") ON DELETE CASCADE
);

CREATE TABLE "EventHostRequests" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_EventHostRequests" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "Email" TEXT NOT NULL,
    "Organisation" TEXT NULL,
    "Place" TEXT NOT NULL,
    "ProposedDate" TEXT NOT NULL,
    "ExpectedAudience" INTEGER NOT NULL,
    "FilmId" INTEGER NULL,
    "Message" TEXT NULL,
    "Culture" TEXT NOT NULL,
    "Status" INTEGER NOT NULL,
    "StaffNote" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "DecidedAt" TEXT NULL,
    "DecidedBy" TEXT NULL,
    CONSTRAINT "FK_EventHostRequests_Films_FilmId" FOREIGN KEY ("FilmId") REFERENCES "Films" ("Id") ON DELETE SET NULL
);

CREATE TABLE "Events" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Events" PRIMARY KEY AUTOINCREMENT,
    "Slug" TEXT NOT NULL,
    "StartsAt" TEXT NOT NULL,
    "EndsAt" TEXT NOT NULL,
    "TimeZoneId" TEXT NOT NULL,
    "Format" INTEGER NOT NULL,
    "Venue" TEXT NULL,
    "Address" TEXT NULL,
    "OnlineUrl" TEXT NULL,
    "Capacity" INTEGER NOT NULL,
    "ConfirmedPlaces" INTEGER NOT NULL,
    "FilmId" INTEGER NULL,
    "CampaignId" INTEGER NULL,
    "HostRequestId" INTEGER NULL,
    "Revision" INTEGER NOT NULL,
    "IsPublished" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "PublishedAt" TEXT NULL,
    "Description_En" TEXT NOT NULL,
    "Description_Es" TEXT NULL,
    "Title_En" TEXT NOT NULL,
    "Title_Es" TEXT NULL,
    CONSTRAINT "FK_Events_Campaigns_CampaignId" FOREIGN KEY ("CampaignId") REFERENCES "Campaigns" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_Events_EventHostRequests_HostRequestId" FOREIGN KEY ("HostRequestId") REFERENCES "EventHostRequests" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_Events_Films_FilmId" FOREIGN KEY ("FilmId") REFERENCES "Films" ("Id") ON DELETE SET NULL
);

CREATE TABLE "EventRsvps" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_EventRsvps" PRIMARY KEY AUTOINCREMENT,
    "EventId" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "Email" TEXT NOT NULL,
    "PartySize" INTEGER NOT NULL,
    "Status" INTEGER NOT NULL,
    "Culture" TEXT NOT NULL,
    "Token" TEXT NOT NULL,
    "RepliedAt" TEXT NOT NULL,
    "ConfirmedAt" TEXT NULL,
    "CancelledAt" TEXT NULL,
    "CancelledBy" TEXT NULL,
    "RemindedAt" TEXT NULL,
    CONSTRAINT "FK_EventRsvps_Events_EventId" FOREIGN KEY ("EventId") REFERENCES "Events" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_EventHostRequests_Email_CreatedAt" ON "EventHostRequests" ("Email", "CreatedAt");

CREATE INDEX "IX_EventHostRequests_FilmId" ON "EventHostRequests" ("FilmId");

CREATE INDEX "IX_EventHostRequests_Status_CreatedAt" ON "EventHostRequests" ("Status", "CreatedAt");

CREATE UNIQUE INDEX "IX_EventRsvps_EventId_Email" ON "EventRsvps" ("EventId", "Email");

CREATE INDEX "IX_EventRsvps_EventId_Status_RepliedAt" ON "EventRsvps" ("EventId", "Status", "RepliedAt");

CREATE UNIQUE INDEX "IX_EventRsvps_Token" ON "EventRsvps" ("Token");

CREATE INDEX "IX_Events_CampaignId_StartsAt" ON "Events" ("CampaignId", "StartsAt");

CREATE INDEX "IX_Events_FilmId" ON "Events" ("FilmId");

CREATE INDEX "IX_Events_HostRequestId" ON "Events" ("HostRequestId");

CREATE INDEX "IX_Events_IsPublished_StartsAt" ON "Events" ("IsPublished", "StartsAt");

CREATE UNIQUE INDEX "IX_Events_Slug" ON "Events" ("Slug");

CREATE INDEX "IX_OutboxAttachments_OutboxMessageId" ON "OutboxAttachments" ("OutboxMessageId");
