-- Hub space and stock promised in deals on hub legs: per deal and period, the tonnes of a material and class that the
-- deal brings into the hub (positive) or takes out of it (negative). What a hub holds at the end of a period is its
-- registered stock plus every reservation up to that period; later snapshots plan with what remains.
create table hub_reservation (
    id                  bigint generated always as identity primary key,
    hub_id              uuid             not null references facility (id),
    deal_id             uuid             not null,
    period              date             not null,
    material            text             not null,
    contamination_class integer check (contamination_class between 1 and 5),
    tonnes              double precision not null check (tonnes <> 0)
);
create index hub_reservation_hub on hub_reservation (hub_id, period);
