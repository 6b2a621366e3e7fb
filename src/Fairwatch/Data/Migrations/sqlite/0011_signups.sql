-- 0011: sign-up for updates (double opt-in, the consent record) and referral codes on every public action.

CREATE TABLE "Signups" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Signups" PRIMARY KEY AUTOINCREMENT,
    "CampaignId" INTEGER NULL,
    "Email" TEXT NOT NULL,
    "Name" TEXT NULL,
    "Culture" TEXT NOT NULL,
    "Source" TEXT NOT NULL,
    "Status" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "RequestedAt" TEXT NOT NULL,
    "EmailedAt" TEXT NULL,
    "ConfirmedAt" TEXT NULL,
    "UnsubscribedAt" TEXT NULL,
    "ReferralCode" TEXT NULL,
    "ReferredBy" TEXT NULL,
    "ReferredVia" TEXT NULL,
    CONSTRAINT "FK_Signups_Campaigns_CampaignId" FOREIGN KEY ("CampaignId") REFERENCES "Campaigns" ("Id") ON DELETE CASCADE
);

ALTER TABLE "PetitionSignatures" ADD COLUMN "ReferralCode" TEXT NULL;
ALTER TABLE "PetitionSignatures" ADD COLUMN "ReferredBy" TEXT NULL;
ALTER TABLE "PetitionSignatures" ADD COLUMN "ReferredVia" TEXT NULL;

ALTER TABLE "ActionLetters" ADD COLUMN "ReferralCode" TEXT NULL;
ALTER TABLE "ActionLetters" ADD COLUMN "ReferredBy" TEXT NULL;
ALTER TABLE "ActionLetters" ADD COLUMN "ReferredVia" TEXT NULL;

ALTER TABLE "ActionCalls" ADD COLUMN "ReferralCode" TEXT NULL;
ALTER TABLE "ActionCalls" ADD COLUMN "ReferredBy" TEXT NULL;
ALTER TABLE "ActionCalls" ADD COLUMN "ReferredVia" TEXT NULL;

ALTER TABLE "EventRsvps" ADD COLUMN "ReferralCode" TEXT NULL;
ALTER TABLE "EventRsvps" ADD COLUMN "ReferredBy" TEXT NULL;
ALTER TABLE "EventRsvps" ADD COLUMN "ReferredVia" TEXT NULL;

CREATE INDEX "IX_ActionCalls_ReferredBy" ON "ActionCalls" ("ReferredBy");
CREATE INDEX "IX_ActionLetters_ReferredBy" ON "ActionLetters" ("ReferredBy");
CREATE INDEX "IX_EventRsvps_ReferredBy" ON "EventRsvps" ("ReferredBy");
CREATE INDEX "IX_PetitionSignatures_ReferredBy" ON "PetitionSignatures" ("ReferredBy");
CREATE UNIQUE INDEX "IX_Signups_CampaignId_Email" ON "Signups" ("CampaignId", "Email");
CREATE UNIQUE INDEX "IX_Signups_Email_Organisation" ON "Signups" ("Email") WHERE "CampaignId" IS NULL;
CREATE INDEX "IX_Signups_ReferredBy" ON "Signups" ("ReferredBy");
