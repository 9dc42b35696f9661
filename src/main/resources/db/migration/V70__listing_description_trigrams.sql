-- A word of the q text search that few listings hold is found through indexes, not by scanning every listing: the
-- folded descriptions get trigram indexes beside the materials' and the sites' (V55), so that a search whose every
-- part is indexed can take the union of the index lookups (ListingRepository.wordCondition).
create index supply_description_folded on supply using gin (description_folded gin_trgm_ops);
create index demand_description_folded on demand using gin (description_folded gin_trgm_ops);
