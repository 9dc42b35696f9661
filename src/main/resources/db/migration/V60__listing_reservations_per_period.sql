-- What deals took of a listing day by day: per deal, tonnes spread evenly over the days from first_day to last_day
-- (a period of the deal's plan within the listing's window). A listing's reserved_tonnes stays the total of every
-- deal, these rows included; deals of plans without periods have none. Later snapshots give the optimizer what
-- remains of each period.
create table listing_reservation (
    id          bigint generated always as identity primary key,
    listing_id  uuid             not null,
    deal_id     uuid             not null,
    first_day   date             not null,
    last_day    date             not null check (last_day >= first_day),
    tonnes      double precision not null check (tonnes > 0)
);
create index listing_reservation_listing on listing_reservation (listing_id);
