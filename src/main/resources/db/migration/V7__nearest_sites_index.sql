-- Candidate searches walk the sites nearest first (a GiST k-nearest-neighbour scan) and stop as soon as they have
-- enough counterparts. The index orders by the straight-line distance between the sites' points on the unit sphere
-- (x towards 0° E on the equator, z towards the North Pole), which grows with the great-circle distance, so the walk
-- is in great-circle order. The cube extension is a trusted one: a database owner may create it.
create extension if not exists cube;

alter table site add column sphere_point cube not null generated always as (cube(array[
    cos(radians(lat)) * cos(radians(lon)), cos(radians(lat)) * sin(radians(lon)), sin(radians(lat))])) stored;

create index site_sphere_point on site using gist (sphere_point) where deleted_at is null;
