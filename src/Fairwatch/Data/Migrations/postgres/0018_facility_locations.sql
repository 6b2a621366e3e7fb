-- 0018: where each facility is on the map (set by staff, or the centre of its ZIP code area).

ALTER TABLE "Facilities" ADD COLUMN "Latitude" double precision;
ALTER TABLE "Facilities" ADD COLUMN "Longitude" double precision;
