-- Each listing keeps a copy of its site's position (WGS84 degrees), written with the listing from the site's row and
-- moved with the site in the transaction that moves it (listing.ListingSiteMoves). A search of a busy area scans the
-- newest listings and tests this copy, instead of looking up every scanned listing's site by key (three index and heap
-- visits a listing), and reads of listings no longer join the site at all.
alter table supply add column lon double precision, add column lat double precision;
update supply l set lon = s.lon, lat = s.lat from site s where s.id = l.site_id;
alter table supply alter column lon set not null, alter column lat set not null;

alter table demand add column lon double precision, add column lat double precision;
update demand l set lon = s.lon, lat = s.lat from site s where s.id = l.site_id;
alter table demand alter column lon set not null, alter column lat set not null;
