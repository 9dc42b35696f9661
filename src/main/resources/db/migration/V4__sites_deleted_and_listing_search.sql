-- Deleted sites keep their row, so that closed listings still have a place; a deleted site is hidden everywhere.
alter table site add column deleted_at timestamptz;
