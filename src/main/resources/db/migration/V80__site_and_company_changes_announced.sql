-- Every update or deletion of a site or a company is announced with the row's id, on channel site_changed or
-- company_changed, by the changing transaction itself (as V50 does for tokens): each listening service instance then
-- drops the row from the names it keeps for answers (SiteCache, CompanyNames). A new row needs no announcement: no
-- instance can have kept it.
create function announce_row_change() returns trigger language plpgsql as $$
begin
    perform pg_notify(tg_argv[0], case when tg_op = 'DELETE' then old.id else new.id end::text);
    return null;
end
$$;

create trigger site_changes_announced after update or delete on site
    for each row execute function announce_row_change('site_changed');

create trigger company_changes_announced after update or delete on company
    for each row execute function announce_row_change('company_changed');
