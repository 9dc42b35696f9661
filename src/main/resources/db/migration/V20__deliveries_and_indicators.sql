-- Deliveries against deals, masses that went outside Sirkel, and the region's indicator targets.
-- Owned by the delivery feature (delivery, delivery_event, outside_delivery) and the indicator feature
-- (indicator_target).

-- What the receiving side recorded as arrived under a deal. A disputed delivery stays, with the supplier's note, and
-- counts as delivered only once the dispute is withdrawn.
create table delivery (
    id              uuid primary key default gen_random_uuid(),
    proposal_id     uuid             not null references proposal (id),
    delivered_on    date             not null,
    tonnes          double precision not null check (tonnes > 0),
    -- the amount as given, where it was given in the listing's unit rather than in tonnes
    quantity_amount numeric(14, 3) check (quantity_amount > 0),
    quantity_unit   text check (quantity_unit in ('t', 'm3_solid', 'm3_loose')),
    truck_trips     integer          not null check (truck_trips > 0),
    ticket          text check (length(ticket) between 1 and 100),
    state           text             not null default 'RECORDED' check (state in ('RECORDED', 'DISPUTED')),
    dispute_note    text,
    version         integer          not null default 0,
    created_at      timestamptz      not null default now(),
    updated_at      timestamptz      not null default now(),
    check ((quantity_amount is null) = (quantity_unit is null)),
    check ((state = 'DISPUTED') = (dispute_note is not null))
);
create index delivery_proposal on delivery (proposal_id, delivered_on, id);
create unique index delivery_ticket on delivery (proposal_id, ticket) where ticket is not null;

-- Every change to a delivery: who (the token and the member's company) and when.
create table delivery_event (
    id            bigint generated always as identity primary key,
    delivery_id   uuid        not null references delivery (id),
    change        text        not null check (change in ('RECORDED', 'DISPUTED', 'DISPUTE_WITHDRAWN')),
    note          text,
    actor_token   uuid        not null references api_token (id),
    actor_company uuid references company (id),
    at            timestamptz not null default now()
);
create index delivery_event_delivery on delivery_event (delivery_id, id);

-- Masses a company moved from one of its sites outside Sirkel: to a landfill, or reused by itself.
create table outside_delivery (
    id                  uuid primary key default gen_random_uuid(),
    company_id          uuid             not null references company (id),
    site_id             uuid             not null references site (id),
    delivered_on        date             not null,
    material            text             not null references material (code),
    contamination_class smallint check (contamination_class between 1 and 5),
    tonnes              double precision not null check (tonnes > 0),
    destination         text             not null check (destination in ('LANDFILL', 'OWN_REUSE')),
    receiver            text check (length(receiver) between 1 and 200),
    km                  double precision check (km >= 0),
    truck_trips         integer          not null check (truck_trips >= 0),
    ticket              text check (length(ticket) between 1 and 100),
    recorded_by         uuid             not null references api_token (id),
    recorded_at         timestamptz      not null default now()
);
create index outside_delivery_company on outside_delivery (company_id, delivered_on);
create index outside_delivery_site on outside_delivery (site_id, delivered_on);

-- The region's targets, e.g. a reuse rate of 60 % in 2027; every change recorded with who and when.
create table indicator_target (
    indicator text             not null,
    year      integer          not null check (year between 2000 and 2100),
    value     double precision not null,
    set_by    uuid             not null references api_token (id),
    set_at    timestamptz      not null default now(),
    primary key (indicator, year)
);
create table indicator_target_event (
    id        bigint generated always as identity primary key,
    indicator text             not null,
    year      integer          not null,
    value     double precision,
    set_by    uuid             not null references api_token (id),
    at        timestamptz      not null default now()
);
