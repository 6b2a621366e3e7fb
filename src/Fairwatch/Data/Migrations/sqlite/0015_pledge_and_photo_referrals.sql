-- 0015: referral codes on pledges and wall photos, so that every public action has a share step that counts.

ALTER TABLE "PledgeAllies" ADD COLUMN "ReferralCode" TEXT NULL;
ALTER TABLE "PledgeAllies" ADD COLUMN "ReferredBy" TEXT NULL;
ALTER TABLE "PledgeAllies" ADD COLUMN "ReferredVia" TEXT NULL;

ALTER TABLE "WallPhotos" ADD COLUMN "ReferralCode" TEXT NULL;
ALTER TABLE "WallPhotos" ADD COLUMN "ReferredBy" TEXT NULL;
ALTER TABLE "WallPhotos" ADD COLUMN "ReferredVia" TEXT NULL;

CREATE INDEX "IX_PledgeAllies_ReferredBy" ON "PledgeAllies" ("ReferredBy");
CREATE INDEX "IX_WallPhotos_ReferredBy" ON "WallPhotos" ("ReferredBy");
