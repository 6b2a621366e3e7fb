-- 0018: where each facility is on the map (set by staff, or the centre of its ZIP code area).

ALTER TABLE "Facilities" ADD COLUMN "Latitude" REAL NULL;
ALTER TABLE "Facilities" ADD COLUMN "Longitude" REAL NULL;
