-- Each table has one owning feature. A proposal keeps the companies of its two sides (a listing never changes
-- company), so that proposals are found per company without reading the listings' tables; and the rule that a changed
-- listing makes its undecided proposals stale moves out of a trigger on supply and demand into the application: the
-- listing feature announces the change in the writing transaction and the proposal feature stales its proposals.
alter table proposal add column supplier_company uuid references company (id);
alter table proposal add column receiver_company uuid references company (id);
update proposal p set supplier_company = s.company_id from supply s where s.id = p.supply_id;
update proposal p set receiver_company = d.company_id from demand d where d.id = p.demand_id;
alter table proposal alter column supplier_company set not null;
alter table proposal alter column receiver_company set not null;
create index proposal_supplier_company on proposal (supplier_company);
create index proposal_receiver_company on proposal (receiver_company);

drop trigger supply_changes_stale_proposals on supply;
drop trigger demand_changes_stale_proposals on demand;
drop function mark_proposals_stale();
