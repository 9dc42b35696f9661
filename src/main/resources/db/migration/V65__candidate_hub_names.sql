-- The names a planner gave the scenario's candidate hubs, by the hub's id in the problem ({"hub-1": "Vestlager"});
-- the optimizer problem format has no place for them. A candidate without a name is left out.
alter table scenario add column candidate_names jsonb not null default '{}';
