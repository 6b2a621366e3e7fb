-- 0021: visitation groups adopt facilities and publish visits; the group's volunteers sign up and are reminded by e-mail.

CREATE TABLE "VisitGroups" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_VisitGroups" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "Area" TEXT NOT NULL,
    "TimeZoneId" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL
);

CREATE UNIQUE INDEX "IX_VisitGroups_Name" ON "VisitGroups" ("Name");

CREATE TABLE "VisitGroupFacilities" (
    "GroupId" INTEGER NOT NULL,
    "FacilityId" INTEGER NOT NULL,
    "AdoptedAt" TEXT NOT NULL,
    CONSTRAINT "PK_VisitGroupFacilities" PRIMARY KEY ("GroupId", "FacilityId"),
    CONSTRAINT "FK_VisitGroupFacilities_Facilities_FacilityId" FOREIGN KEY ("FacilityId") REFERENCES "Facilities" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_VisitGroupFacilities_VisitGroups_GroupId" FOREIGN KEY ("GroupId") REFERENCES "VisitGroups" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_VisitGroupFacilities_FacilityId" ON "VisitGroupFacilities" ("FacilityId");

CREATE TABLE "VisitGroupMembers" (
    "GroupId" INTEGER NOT NULL,
    "UserId" TEXT NOT NULL,
    "JoinedAt" TEXT NOT NULL,
    CONSTRAINT "PK_VisitGroupMembers" PRIMARY KEY ("GroupId", "UserId"),
    CONSTRAINT "FK_VisitGroupMembers_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_VisitGroupMembers_VisitGroups_GroupId" FOREIGN KEY ("GroupId") REFERENCES "VisitGroups" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_VisitGroupMembers_UserId" ON "VisitGroupMembers" ("UserId");

CREATE TABLE "VisitSlots" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_VisitSlots" PRIMARY KEY AUTOINCREMENT,
    "GroupId" INTEGER NOT NULL,
    "FacilityId" INTEGER NOT NULL,
    "StartsAt" TEXT NOT NULL,
    "EndsAt" TEXT NOT NULL,
    "TimeZoneId" TEXT NOT NULL,
    "Capacity" INTEGER NOT NULL,
    "MeetingPoint" TEXT NOT NULL,
    "Notes" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CancelledAt" TEXT NULL,
    CONSTRAINT "FK_VisitSlots_Facilities_FacilityId" FOREIGN KEY ("FacilityId") REFERENCES "Facilities" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_VisitSlots_VisitGroups_GroupId" FOREIGN KEY ("GroupId") REFERENCES "VisitGroups" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_VisitSlots_FacilityId" ON "VisitSlots" ("FacilityId");

CREATE INDEX "IX_VisitSlots_GroupId_StartsAt" ON "VisitSlots" ("GroupId", "StartsAt");

CREATE INDEX "IX_VisitSlots_StartsAt" ON "VisitSlots" ("StartsAt");

CREATE TABLE "VisitSignups" (
    "SlotId" INTEGER NOT NULL,
    "VolunteerId" TEXT NOT NULL,
    "SignedUpAt" TEXT NOT NULL,
    "RemindedAt" TEXT NULL,
    CONSTRAINT "PK_VisitSignups" PRIMARY KEY ("SlotId", "VolunteerId"),
    CONSTRAINT "FK_VisitSignups_AspNetUsers_VolunteerId" FOREIGN KEY ("VolunteerId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_VisitSignups_VisitSlots_SlotId" FOREIGN KEY ("SlotId") REFERENCES "VisitSlots" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_VisitSignups_VolunteerId" ON "VisitSignups" ("VolunteerId");
