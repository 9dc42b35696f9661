-- What storage is worth in a scenario: its snapshot solved again without any hub ("withoutHubs", a plan in the
-- optimizer plan format) and each candidate hub's saving (the money cost without it less the cost with all), written
-- once the background solves after the main solve are done; null until then.
alter table scenario
    add column comparison jsonb check (comparison is null or jsonb_typeof(comparison) = 'object');
