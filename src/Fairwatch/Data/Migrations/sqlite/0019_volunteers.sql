-- 0019: the volunteer pipeline: applications to visit people in detention, and coordinators' notes (sealed, see 0016).

CREATE TABLE "VolunteerApplications" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_VolunteerApplications" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "Email" TEXT NOT NULL,
    "Phone" TEXT NULL,
    "Languages" TEXT NOT NULL,
    "Availability" TEXT NOT NULL,
    "Area" TEXT NOT NULL,
    "HowHeard" TEXT NULL,
    "Culture" TEXT NOT NULL,
    "Status" INTEGER NOT NULL,
    "AppliedAt" TEXT NOT NULL,
    "StatusChangedAt" TEXT NOT NULL,
    "StaffUserId" TEXT NULL,
    "DataKeyId" INTEGER NULL,
    CONSTRAINT "FK_VolunteerApplications_AspNetUsers_StaffUserId" FOREIGN KEY ("StaffUserId") REFERENCES "AspNetUsers" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_VolunteerApplications_DataKeys_DataKeyId" FOREIGN KEY ("DataKeyId") REFERENCES "DataKeys" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_VolunteerApplications_DataKeyId" ON "VolunteerApplications" ("DataKeyId");

CREATE INDEX "IX_VolunteerApplications_Email" ON "VolunteerApplications" ("Email");

CREATE INDEX "IX_VolunteerApplications_StaffUserId" ON "VolunteerApplications" ("StaffUserId");

CREATE INDEX "IX_VolunteerApplications_Status_AppliedAt" ON "VolunteerApplications" ("Status", "AppliedAt");

CREATE TABLE "ApplicantNotes" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ApplicantNotes" PRIMARY KEY AUTOINCREMENT,
    "ApplicationId" INTEGER NOT NULL,
    "AuthorId" TEXT NULL,
    "AuthorName" TEXT NOT NULL,
    "At" TEXT NOT NULL,
    "Change" TEXT NULL,
    "TextSealed" BLOB NULL,
    CONSTRAINT "FK_ApplicantNotes_VolunteerApplications_ApplicationId" FOREIGN KEY ("ApplicationId") REFERENCES "VolunteerApplications" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_ApplicantNotes_ApplicationId" ON "ApplicantNotes" ("ApplicationId");
