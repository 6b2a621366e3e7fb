-- 0015: referral codes on pledges and wall photos, so that every public action has a share step that counts.

ALTER TABLE "PledgeAllies" ADD COLUMN "ReferralCode" character varying(10);
ALTER TABLE "PledgeAllies" ADD COLUMN "ReferredBy" character varying(10);
ALTER TABLE "PledgeAllies" ADD COLUMN "ReferredVia" character varying(16);

ALTER TABLE "WallPhotos" ADD COLUMN "ReferralCode" character varying(10);
ALTER TABLE "WallPhotos" ADD COLUMN "ReferredBy" character varying(10);
ALTER TABLE "WallPhotos" ADD COLUMN "ReferredVia" character varying(16);

CREATE INDEX "IX_PledgeAllies_ReferredBy" ON "PledgeAllies" ("ReferredBy");
CREATE INDEX "IX_WallPhotos_ReferredBy" ON "WallPhotos" ("ReferredBy");
