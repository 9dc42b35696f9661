-- When the snapshot behind a proposal's scenario was taken: a publication supersedes the undecided proposals of older
-- snapshots only, never those of a newer one. Publications write it; the default only serves rows written otherwise.
alter table proposal add column snapshot_at timestamptz;
update proposal p set snapshot_at = s.created_at from scenario s where s.id = p.scenario_id;
alter table proposal alter column snapshot_at set default now(), alter column snapshot_at set not null;
