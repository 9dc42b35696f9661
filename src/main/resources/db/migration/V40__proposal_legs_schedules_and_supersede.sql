-- Proposals from a plan over time (optimizer format v2): besides a supply-to-demand match, a hub leg (a supply's
-- tonnes to a storage hub, or a hub's stock to a demand) is a proposal between the listing's company and the hub's
-- operating company, which is null where the region runs the hub (planners and admins then answer for it). A proposal
-- carries its material and class (a match's is its supply's; a hub leg's as the hub stores it), and its schedule: the
-- tonnes of each period of the plan. A newer publication supersedes the undecided proposals of earlier ones that touch
-- the same listings.
alter table proposal
    add column kind text not null default 'MATCH' check (kind in ('MATCH', 'TO_HUB', 'FROM_HUB')),
    add column hub_id uuid references facility (id),
    add column material text,
    add column contamination_class integer check (contamination_class between 1 and 5),
    alter column supply_id drop not null,
    alter column demand_id drop not null,
    alter column supplier_company drop not null,
    alter column receiver_company drop not null;
update proposal p set material = s.material, contamination_class = s.contamination_class
from supply s where s.id = p.supply_id;
alter table proposal add constraint proposal_leg_ends check (case kind
    when 'MATCH' then supply_id is not null and demand_id is not null and hub_id is null
                      and supplier_company is not null and receiver_company is not null
    when 'TO_HUB' then supply_id is not null and demand_id is null and hub_id is not null
                       and supplier_company is not null and material is not null
    else supply_id is null and demand_id is not null and hub_id is not null and receiver_company is not null
         and material is not null end);

alter table proposal drop constraint proposal_scenario_id_supply_id_demand_id_key;
create unique index proposal_leg on proposal (scenario_id, kind, coalesce(supply_id, hub_id),
                                              coalesce(demand_id, hub_id), coalesce(material, ''),
                                              coalesce(contamination_class, 0));
create index proposal_hub on proposal (hub_id) where hub_id is not null;

alter table proposal drop constraint proposal_state_check;
alter table proposal add constraint proposal_state_check check (state in
    ('OPEN', 'ACCEPTED_BY_SUPPLIER', 'ACCEPTED_BY_RECEIVER', 'DEAL', 'DECLINED', 'STALE', 'SUPERSEDED'));

-- The tonnes of each period (its first day, as the plan names it); none for a proposal of a plan without periods.
create table proposal_period (
    proposal_id uuid             not null references proposal (id),
    period      date             not null,
    tonnes      double precision not null check (tonnes > 0),
    primary key (proposal_id, period)
);
