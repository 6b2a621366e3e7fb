-- 0007: press room (releases, coverage, media kit), ways to get a film, film posters and author
-- photos (uploads), and the reply address of outbox messages (the contact form's sender).
-- Search needs no schema on SQLite: its fold function is registered on each connection.

CREATE TABLE "PressReleases" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PressReleases" PRIMARY KEY AUTOINCREMENT,
    "Slug" TEXT NOT NULL,
    "ReleasedOn" TEXT NOT NULL,
    "IsPublished" INTEGER NOT NULL,
    "PdfFileId" TEXT NULL,
    "PdfFileName" TEXT NULL,
    "PdfFileSize" INTEGER NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "Body_En" TEXT NOT NULL,
    "Body_Es" TEXT NULL,
    "Summary_En" TEXT NOT NULL,
    "Summary_Es" TEXT NULL,
    "Title_En" TEXT NOT NULL,
    "Title_Es" TEXT NULL,
    CONSTRAINT "FK_PressReleases_StoredFiles_PdfFileId" FOREIGN KEY ("PdfFileId") REFERENCES "StoredFiles" ("Id") ON DELETE SET NULL
);

CREATE TABLE "PressCoverage" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PressCoverage" PRIMARY KEY AUTOINCREMENT,
    "Outlet" TEXT NOT NULL,
    "Headline" TEXT NOT NULL,
    "Language" TEXT NOT NULL,
    "PublishedOn" TEXT NOT NULL,
    "Url" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL
);

CREATE TABLE "MediaKitItems" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_MediaKitItems" PRIMARY KEY AUTOINCREMENT,
    "Position" INTEGER NOT NULL,
    "FileId" TEXT NOT NULL,
    "FileName" TEXT NOT NULL,
    "Kind" INTEGER NOT NULL,
    "FileSize" INTEGER NOT NULL,
    "Width" INTEGER NULL,
    "Height" INTEGER NULL,
    "CreatedAt" TEXT NOT NULL,
    "Description_En" TEXT NOT NULL,
    "Description_Es" TEXT NULL,
    "Title_En" TEXT NOT NULL,
    "Title_Es" TEXT NULL,
    CONSTRAINT "FK_MediaKitItems_StoredFiles_FileId" FOREIGN KEY ("FileId") REFERENCES "StoredFiles" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "FilmOffers" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_FilmOffers" PRIMARY KEY AUTOINCREMENT,
    "FilmId" INTEGER NOT NULL,
    "Position" INTEGER NOT NULL,
    "Kind" INTEGER NOT NULL,
    "Url" TEXT NOT NULL,
    "Description_En" TEXT NOT NULL,
    "Description_Es" TEXT NULL,
    "Label_En" TEXT NOT NULL,
    "Label_Es" TEXT NULL,
    "Price_En" TEXT NOT NULL,
    "Price_Es" TEXT NULL,
    CONSTRAINT "FK_FilmOffers_Films_FilmId" FOREIGN KEY ("FilmId") REFERENCES "Films" ("Id") ON DELETE CASCADE
);

ALTER TABLE "Films" ADD COLUMN "PosterFileId" TEXT NULL CONSTRAINT "FK_Films_StoredFiles_PosterFileId" REFERENCES "StoredFiles" ("Id") ON DELETE SET NULL;

ALTER TABLE "Films" ADD COLUMN "PosterFileName" TEXT NULL;

ALTER TABLE "BlogAuthors" ADD COLUMN "PhotoFileId" TEXT NULL CONSTRAINT "FK_BlogAuthors_StoredFiles_PhotoFileId" REFERENCES "StoredFiles" ("Id") ON DELETE SET NULL;

ALTER TABLE "BlogAuthors" ADD COLUMN "PhotoFileName" TEXT NULL;

ALTER TABLE "OutboxMessages" ADD COLUMN "ReplyToAddress" TEXT NULL;

CREATE INDEX "IX_BlogAuthors_PhotoFileId" ON "BlogAuthors" ("PhotoFileId");

CREATE INDEX "IX_FilmOffers_FilmId_Position" ON "FilmOffers" ("FilmId", "Position");

CREATE INDEX "IX_Films_PosterFileId" ON "Films" ("PosterFileId");

CREATE INDEX "IX_MediaKitItems_FileId" ON "MediaKitItems" ("FileId");

CREATE INDEX "IX_OutboxMessages_ReplyToAddress_CreatedAt" ON "OutboxMessages" ("ReplyToAddress", "CreatedAt");

CREATE INDEX "IX_PressCoverage_PublishedOn" ON "PressCoverage" ("PublishedOn");

CREATE INDEX "IX_PressReleases_IsPublished_ReleasedOn" ON "PressReleases" ("IsPublished", "ReleasedOn");

CREATE INDEX "IX_PressReleases_PdfFileId" ON "PressReleases" ("PdfFileId");

CREATE UNIQUE INDEX "IX_PressReleases_Slug" ON "PressReleases" ("Slug");
