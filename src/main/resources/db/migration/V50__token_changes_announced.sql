-- Every change of a token (a revocation, a new expiry, a deletion) is announced on channel api_token_changed with the
-- token's id, by the changing transaction itself: PostgreSQL delivers it to every listening service instance when, and
-- only if, that transaction commits, and each instance then drops the caller it cached for the token (TokenCache).
create function announce_api_token_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        perform pg_notify('api_token_changed', old.id::text);
    else
        perform pg_notify('api_token_changed', new.id::text);
    end if;
    return null;
end
$$;

create trigger api_token_changes_announced after update or delete on api_token
    for each row execute function announce_api_token_change();
