-- 0012: the detention facility registry (ICE's published statistics, imported by
-- `facilities import`, and facilities staff add anywhere in the world).

CREATE TABLE "Facilities" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Facilities" PRIMARY KEY AUTOINCREMENT,
    "Slug" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Address" TEXT NULL,
    "City" TEXT NULL,
    "Region" TEXT NULL,
    "PostalCode" TEXT NULL,
    "Country" TEXT NOT NULL,
    "AreaOfResponsibility" TEXT NULL,
    "Type" TEXT NULL,
    "Operator" INTEGER NOT NULL,
    "GenderHoused" TEXT NULL,
    "AverageDailyPopulation" TEXT NULL,
    "AverageStayDays" TEXT NULL,
    "GuaranteedMinimum" INTEGER NULL,
    "FiguresPeriod" TEXT NULL,
    "LastInspectionType" TEXT NULL,
    "LastInspectedOn" TEXT NULL,
    "LastInspectionNote" TEXT NULL,
    "LastInspectionStandard" TEXT NULL,
    "LastInspectionRating" TEXT NULL,
    "ImportKey" TEXT NULL,
    "Source" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL
);

CREATE INDEX "IX_Facilities_AreaOfResponsibility" ON "Facilities" ("AreaOfResponsibility");

CREATE INDEX "IX_Facilities_Country_Region" ON "Facilities" ("Country", "Region");

CREATE UNIQUE INDEX "IX_Facilities_ImportKey" ON "Facilities" ("ImportKey");

CREATE UNIQUE INDEX "IX_Facilities_Slug" ON "Facilities" ("Slug");
