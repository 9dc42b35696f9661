-- The q text search of supplies and demands (case- and accent-insensitive words, all required). Each word matches a
-- listing's material names (matched against the catalogue in Java, searched here by code), its description, or its
-- site's municipality. listing_fold is the SQL twin of no.sirkel.listing.SearchTerm.fold: lower case without accents,
-- with the Nordic letters spelled out as unaccent does (ø -> o, æ -> ae, å -> a). It names its dictionary so that it
-- can be immutable, which a stored column and an index require.
create extension if not exists unaccent;

create function listing_fold(text) returns text
    language sql immutable strict parallel safe
    return lower(public.unaccent('public.unaccent'::regdictionary, $1));

-- Descriptions folded once when written, so that a search compares plain text and a rare word that forces a scan of
-- every listing still costs a few milliseconds at 100,000 listings.
alter table supply add column description_folded text generated always as (listing_fold(description)) stored;
alter table demand add column description_folded text generated always as (listing_fold(description)) stored;

-- A word's municipality is looked up once per search among the sites (a hashed subplan); this trigram index finds the
-- sites whose folded municipality holds the word without folding every site's on every search.
create extension if not exists pg_trgm;

create index site_municipality_folded on site using gin (listing_fold(municipality) gin_trgm_ops);
