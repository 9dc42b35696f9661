-- Deleted sites keep their row, so that closed listings still have a place; a deleted site is hidden everywhere.
alter table site add column deleted_at timestamptz;

-- Listing queries page newest first by (created_at, id) within a status, optionally of one material: these indexes
-- serve the order and the keyset cursor directly, so a page reads about as many rows as it returns. They replace the
-- narrower (status, material) and (status) indexes. Geographic filters start from site's GiST index instead.
create index supply_status_created on supply (status, created_at, id);
create index supply_status_material_created on supply (status, material, created_at, id);
drop index supply_status_material;
create index demand_status_created on demand (status, created_at, id);
drop index demand_status;

-- Geographic filters find the sites first (GiST on site.location), then each site's listings: with status (and, for
-- supplies, material) in the index, only matching listings are fetched from the heap. These replace the (site_id)
-- indexes, which they begin with.
create index supply_site_status_material on supply (site_id, status, material);
drop index supply_site;
create index demand_site_status on demand (site_id, status);
drop index demand_site;

-- Demands are written rarely and searched often: without the GIN pending list, a search never scans a backlog of
-- recent inserts.
alter index demand_accepts set (fastupdate = off);
