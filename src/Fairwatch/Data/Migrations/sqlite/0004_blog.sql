-- 0004: the blog (authors, posts, tags, "did you know?" facts with sources, sample social posts)
-- and comments, which any feature can take (keyed by target kind and id), with trusted and banned addresses.

CREATE TABLE "BlogAuthors" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_BlogAuthors" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "Bio_En" TEXT NOT NULL,
    "Bio_Es" TEXT NULL
);

CREATE TABLE "BlogTags" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_BlogTags" PRIMARY KEY AUTOINCREMENT,
    "Slug" TEXT NOT NULL,
    "Name_En" TEXT NOT NULL,
    "Name_Es" TEXT NULL
);

CREATE TABLE "CommenterAddresses" (
    "Email" TEXT NOT NULL CONSTRAINT "PK_CommenterAddresses" PRIMARY KEY,
    "Standing" INTEGER NOT NULL,
    "ChangedAt" TEXT NOT NULL,
    "ChangedBy" TEXT NULL
);

CREATE TABLE "Comments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Comments" PRIMARY KEY AUTOINCREMENT,
    "TargetKind" TEXT NOT NULL,
    "TargetId" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "Email" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "Status" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "ModeratedAt" TEXT NULL,
    "ModeratedBy" TEXT NULL
);

CREATE TABLE "BlogPosts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_BlogPosts" PRIMARY KEY AUTOINCREMENT,
    "Slug" TEXT NOT NULL,
    "AuthorId" INTEGER NOT NULL,
    "CampaignId" INTEGER NULL,
    "PublishedAt" TEXT NOT NULL,
    "IsPublished" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "Body_En" TEXT NOT NULL,
    "Body_Es" TEXT NULL,
    "Summary_En" TEXT NOT NULL,
    "Summary_Es" TEXT NULL,
    "Title_En" TEXT NOT NULL,
    "Title_Es" TEXT NULL,
    CONSTRAINT "FK_BlogPosts_BlogAuthors_AuthorId" FOREIGN KEY ("AuthorId") REFERENCES "BlogAuthors" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_BlogPosts_Campaigns_CampaignId" FOREIGN KEY ("CampaignId") REFERENCES "Campaigns" ("Id") ON DELETE SET NULL
);

CREATE TABLE "BlogFacts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_BlogFacts" PRIMARY KEY AUTOINCREMENT,
    "PostId" INTEGER NOT NULL,
    "Position" INTEGER NOT NULL,
    "SourceUrl" TEXT NOT NULL,
    "SourceTitle_En" TEXT NOT NULL,
    "SourceTitle_Es" TEXT NULL,
    "Text_En" TEXT NOT NULL,
    "Text_Es" TEXT NULL,
    CONSTRAINT "FK_BlogFacts_BlogPosts_PostId" FOREIGN KEY ("PostId") REFERENCES "BlogPosts" ("Id") ON DELETE CASCADE
);

CREATE TABLE "BlogPostTags" (
    "PostId" INTEGER NOT NULL,
    "TagId" INTEGER NOT NULL,
    CONSTRAINT "PK_BlogPostTags" PRIMARY KEY ("PostId", "TagId"),
    CONSTRAINT "FK_BlogPostTags_BlogPosts_PostId" FOREIGN KEY ("PostId") REFERENCES "BlogPosts" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_BlogPostTags_BlogTags_TagId" FOREIGN KEY ("TagId") REFERENCES "BlogTags" ("Id") ON DELETE CASCADE
);

CREATE TABLE "BlogSocialPosts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_BlogSocialPosts" PRIMARY KEY AUTOINCREMENT,
    "PostId" INTEGER NOT NULL,
    "Position" INTEGER NOT NULL,
    "Hashtags_En" TEXT NOT NULL,
    "Hashtags_Es" TEXT NULL,
    "Text_En" TEXT NOT NULL,
    "Text_Es" TEXT NULL,
    CONSTRAINT "FK_BlogSocialPosts_BlogPosts_PostId" FOREIGN KEY ("PostId") REFERENCES "BlogPosts" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_BlogFacts_PostId" ON "BlogFacts" ("PostId");

CREATE INDEX "IX_BlogPosts_AuthorId" ON "BlogPosts" ("AuthorId");

CREATE INDEX "IX_BlogPosts_CampaignId" ON "BlogPosts" ("CampaignId");

CREATE INDEX "IX_BlogPosts_IsPublished_PublishedAt" ON "BlogPosts" ("IsPublished", "PublishedAt");

CREATE UNIQUE INDEX "IX_BlogPosts_Slug" ON "BlogPosts" ("Slug");

CREATE INDEX "IX_BlogPostTags_TagId" ON "BlogPostTags" ("TagId");

CREATE INDEX "IX_BlogSocialPosts_PostId" ON "BlogSocialPosts" ("PostId");

CREATE UNIQUE INDEX "IX_BlogTags_Slug" ON "BlogTags" ("Slug");

CREATE INDEX "IX_Comments_Email_CreatedAt" ON "Comments" ("Email", "CreatedAt");

CREATE INDEX "IX_Comments_Status_CreatedAt" ON "Comments" ("Status", "CreatedAt");

CREATE INDEX "IX_Comments_TargetKind_TargetId_Status_CreatedAt" ON "Comments" ("TargetKind", "TargetId", "Status", "CreatedAt");
