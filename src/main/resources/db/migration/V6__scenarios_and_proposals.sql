-- Scenarios (optimisation runs, queued and solved in the background) and the proposals they publish.

create table scenario (
    id               uuid primary key default gen_random_uuid(),
    name             text        not null check (length(name) between 1 and 200),
    horizon_from     date        not null,
    horizon_to       date        not null,
    region           jsonb,
    materials        text[],
    parameters       jsonb       not null,
    seconds          integer     not null check (seconds between 1 and 3600),
    status           text        not null default 'QUEUED'
        check (status in ('QUEUED', 'SOLVING', 'SOLVED', 'STOPPED', 'FAILED')),
    failure_reason   text,
    -- the optimizer problem (format v1) snapshotted from the marketplace, and the listings' versions at that moment
    problem          jsonb       not null,
    listing_versions jsonb       not null,
    -- the best plan (format v1) once there is one; progress is the latest best-solution summary while solving
    plan             jsonb,
    progress         jsonb,
    stop_requested   boolean     not null default false,
    attempts         integer     not null default 0,
    claimed_by       text,
    heartbeat_at     timestamptz,
    created_by       uuid        not null references api_token (id),
    created_at       timestamptz not null default now(),
    started_at       timestamptz,
    finished_at      timestamptz,
    check (horizon_from <= horizon_to)
);
create index scenario_queue on scenario (created_at) where status = 'QUEUED';
create index scenario_solving on scenario (heartbeat_at) where status = 'SOLVING';

-- Tonnes promised in deals; what remains (tonnes - reserved_tonnes) is what later scenarios plan.
alter table supply add column reserved_tonnes double precision not null default 0;
alter table supply add constraint supply_reserved_within_tonnes check (reserved_tonnes between 0 and tonnes * (1 + 1e-9));
alter table demand add column reserved_tonnes double precision not null default 0;
alter table demand add constraint demand_reserved_within_tonnes check (reserved_tonnes between 0 and tonnes * (1 + 1e-9));

create table proposal (
    id             uuid primary key default gen_random_uuid(),
    scenario_id    uuid             not null references scenario (id),
    supply_id      uuid             not null references supply (id),
    demand_id      uuid             not null references demand (id),
    tonnes         double precision not null check (tonnes > 0),
    km             double precision not null check (km >= 0),
    cost           double precision not null,
    co2_kg         double precision not null,
    supply_version integer          not null,
    demand_version integer          not null,
    state          text             not null default 'OPEN'
        check (state in ('OPEN', 'ACCEPTED_BY_SUPPLIER', 'ACCEPTED_BY_RECEIVER', 'DEAL', 'DECLINED', 'STALE')),
    version        integer          not null default 0,
    created_at     timestamptz      not null default now(),
    updated_at     timestamptz      not null default now(),
    unique (scenario_id, supply_id, demand_id)
);
create index proposal_supply on proposal (supply_id);
create index proposal_demand on proposal (demand_id);

-- Every state change: who (the token, and for members their company; null for the system) and when.
create table proposal_event (
    id            bigint generated always as identity primary key,
    proposal_id   uuid        not null references proposal (id),
    from_state    text,
    to_state      text        not null,
    actor_token   uuid references api_token (id),
    actor_company uuid references company (id),
    reason        text,
    at            timestamptz not null default now()
);
create index proposal_event_proposal on proposal_event (proposal_id, id);

-- A listing edited (its version moves) or no longer active makes its undecided proposals stale, whoever changed it.
create function mark_proposals_stale() returns trigger language plpgsql as $$
begin
    if new.version <> old.version or new.status <> old.status then
        with undecided as (
            select p.id, p.state from proposal p
            where (p.supply_id = new.id or p.demand_id = new.id)
              and p.state in ('OPEN', 'ACCEPTED_BY_SUPPLIER', 'ACCEPTED_BY_RECEIVER')
            order by p.id
            for update
        ), stale as (
            update proposal p set state = 'STALE', version = p.version + 1, updated_at = now()
            from undecided u where p.id = u.id
            returning p.id, u.state as from_state
        )
        insert into proposal_event (proposal_id, from_state, to_state, reason)
        select id, from_state, 'STALE', 'listing ' || new.id || ' changed since the proposal was published' from stale;
    end if;
    return new;
end
$$;
create trigger supply_changes_stale_proposals after update on supply
    for each row execute function mark_proposals_stale();
create trigger demand_changes_stale_proposals after update on demand
    for each row execute function mark_proposals_stale();
