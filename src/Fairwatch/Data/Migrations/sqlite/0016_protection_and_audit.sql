-- 0016: encryption at rest (one data key per sensitive record, wrapped by a key-encryption key kept outside the database) and the append-only audit log.

CREATE TABLE "DataKeys" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DataKeys" PRIMARY KEY AUTOINCREMENT,
    "KeyId" TEXT NOT NULL,
    "Wrapped" BLOB NOT NULL
);

CREATE INDEX "IX_DataKeys_KeyId" ON "DataKeys" ("KeyId");

CREATE TABLE "AuditEntries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AuditEntries" PRIMARY KEY AUTOINCREMENT,
    "At" TEXT NOT NULL,
    "ActorId" TEXT NOT NULL,
    "ActorName" TEXT NOT NULL,
    "Action" INTEGER NOT NULL,
    "RecordType" TEXT NOT NULL,
    "RecordId" TEXT NOT NULL,
    "Detail" TEXT NULL
);

CREATE INDEX "IX_AuditEntries_ActorId" ON "AuditEntries" ("ActorId");

CREATE INDEX "IX_AuditEntries_At" ON "AuditEntries" ("At");

CREATE INDEX "IX_AuditEntries_RecordType_RecordId" ON "AuditEntries" ("RecordType", "RecordId");

-- Nobody edits the audit log: the database refuses, whatever the application does.
CREATE TRIGGER "AuditEntries_no_update" BEFORE UPDATE ON "AuditEntries"
BEGIN
    SELECT RAISE(ABORT, 'The audit log cannot be changed.');
END;

CREATE TRIGGER "AuditEntries_no_delete" BEFORE DELETE ON "AuditEntries"
BEGIN
    SELECT RAISE(ABORT, 'The audit log cannot be changed.');
END;
