-- 0017: cases from hotline calls, anonymous web reports and visit concerns; their sensitive fields are sealed (see 0016).

CREATE TABLE "Cases" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Cases" PRIMARY KEY AUTOINCREMENT,
    "Source" INTEGER NOT NULL,
    "Status" INTEGER NOT NULL,
    "Urgency" INTEGER NOT NULL,
    "FacilityId" INTEGER NULL,
    "ReceivedOn" TEXT NOT NULL,
    "ReceivedTime" TEXT NULL,
    "OccurredOn" TEXT NULL,
    "CallerType" INTEGER NULL,
    "IsAnonymous" INTEGER NOT NULL,
    "Language" TEXT NULL,
    "ConsentToShareStory" INTEGER NOT NULL,
    "ConsentToName" INTEGER NOT NULL,
    "OwnerId" TEXT NULL,
    "ClosedOn" TEXT NULL,
    "DataKeyId" INTEGER NULL,
    "NarrativeSealed" BLOB NULL,
    "NameSealed" BLOB NULL,
    "ContactSealed" BLOB NULL,
    "ANumberSealed" BLOB NULL,
    "PlaceSealed" BLOB NULL,
    "ReceiptHash" TEXT NULL,
    "ErasedOn" TEXT NULL,
    CONSTRAINT "FK_Cases_AspNetUsers_OwnerId" FOREIGN KEY ("OwnerId") REFERENCES "AspNetUsers" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_Cases_DataKeys_DataKeyId" FOREIGN KEY ("DataKeyId") REFERENCES "DataKeys" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Cases_Facilities_FacilityId" FOREIGN KEY ("FacilityId") REFERENCES "Facilities" ("Id") ON DELETE SET NULL
);

CREATE INDEX "IX_Cases_DataKeyId" ON "Cases" ("DataKeyId");

CREATE INDEX "IX_Cases_FacilityId" ON "Cases" ("FacilityId");

CREATE INDEX "IX_Cases_OwnerId" ON "Cases" ("OwnerId");

CREATE UNIQUE INDEX "IX_Cases_ReceiptHash" ON "Cases" ("ReceiptHash");

CREATE INDEX "IX_Cases_Status_Urgency" ON "Cases" ("Status", "Urgency");

CREATE TABLE "CaseCategories" (
    "CaseId" INTEGER NOT NULL,
    "Category" INTEGER NOT NULL,
    CONSTRAINT "PK_CaseCategories" PRIMARY KEY ("CaseId", "Category"),
    CONSTRAINT "FK_CaseCategories_Cases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "Cases" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_CaseCategories_Category" ON "CaseCategories" ("Category");

CREATE TABLE "CaseChanges" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CaseChanges" PRIMARY KEY AUTOINCREMENT,
    "CaseId" INTEGER NOT NULL,
    "At" TEXT NOT NULL,
    "ActorId" TEXT NULL,
    "ActorName" TEXT NOT NULL,
    "What" TEXT NOT NULL,
    CONSTRAINT "FK_CaseChanges_Cases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "Cases" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_CaseChanges_CaseId" ON "CaseChanges" ("CaseId");

CREATE TABLE "CaseNotes" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CaseNotes" PRIMARY KEY AUTOINCREMENT,
    "CaseId" INTEGER NOT NULL,
    "AuthorId" TEXT NULL,
    "AuthorName" TEXT NOT NULL,
    "ByReporter" INTEGER NOT NULL,
    "At" TEXT NOT NULL,
    "TextSealed" BLOB NOT NULL,
    CONSTRAINT "FK_CaseNotes_Cases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "Cases" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_CaseNotes_CaseId" ON "CaseNotes" ("CaseId");

CREATE TABLE "CaseTasks" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CaseTasks" PRIMARY KEY AUTOINCREMENT,
    "CaseId" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "DueOn" TEXT NOT NULL,
    "AssigneeId" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "DoneAt" TEXT NULL,
    CONSTRAINT "FK_CaseTasks_Cases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "Cases" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_CaseTasks_CaseId" ON "CaseTasks" ("CaseId");

CREATE INDEX "IX_CaseTasks_DoneAt_DueOn" ON "CaseTasks" ("DoneAt", "DueOn");
