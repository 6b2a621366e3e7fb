-- 0020: visit reports: what volunteers saw, without names; observations and requests for follow-up are sealed (see 0016), and a request opens a case.

CREATE TABLE "VisitReports" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_VisitReports" PRIMARY KEY AUTOINCREMENT,
    "VolunteerId" TEXT NOT NULL,
    "FacilityId" INTEGER NOT NULL,
    "VisitedOn" TEXT NOT NULL,
    "PeopleVisited" INTEGER NOT NULL,
    "FiledAt" TEXT NOT NULL,
    "DataKeyId" INTEGER NULL,
    "ObservationsSealed" BLOB NULL,
    "FollowUpSealed" BLOB NULL,
    "CaseId" INTEGER NULL,
    CONSTRAINT "FK_VisitReports_AspNetUsers_VolunteerId" FOREIGN KEY ("VolunteerId") REFERENCES "AspNetUsers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_VisitReports_Cases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "Cases" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_VisitReports_DataKeys_DataKeyId" FOREIGN KEY ("DataKeyId") REFERENCES "DataKeys" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_VisitReports_Facilities_FacilityId" FOREIGN KEY ("FacilityId") REFERENCES "Facilities" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_VisitReports_CaseId" ON "VisitReports" ("CaseId");

CREATE INDEX "IX_VisitReports_DataKeyId" ON "VisitReports" ("DataKeyId");

CREATE INDEX "IX_VisitReports_FacilityId_VisitedOn" ON "VisitReports" ("FacilityId", "VisitedOn");

CREATE INDEX "IX_VisitReports_VolunteerId_VisitedOn" ON "VisitReports" ("VolunteerId", "VisitedOn");

CREATE TABLE "VisitReportConcerns" (
    "ReportId" INTEGER NOT NULL,
    "Category" INTEGER NOT NULL,
    CONSTRAINT "PK_VisitReportConcerns" PRIMARY KEY ("ReportId", "Category"),
    CONSTRAINT "FK_VisitReportConcerns_VisitReports_ReportId" FOREIGN KEY ("ReportId") REFERENCES "VisitReports" ("Id") ON DELETE CASCADE
);

CREATE TABLE "VisitReportConditions" (
    "ReportId" INTEGER NOT NULL,
    "Condition" INTEGER NOT NULL,
    "Answer" INTEGER NOT NULL,
    CONSTRAINT "PK_VisitReportConditions" PRIMARY KEY ("ReportId", "Condition"),
    CONSTRAINT "FK_VisitReportConditions_VisitReports_ReportId" FOREIGN KEY ("ReportId") REFERENCES "VisitReports" ("Id") ON DELETE CASCADE
);
