-- A token may be issued with an expiry; from then on it is refused like a revoked one.
alter table api_token add column expires_at timestamptz;
