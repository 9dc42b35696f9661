-- Storage hubs as in optimizer format v2 (processes on the way in, stock on hand, an optional operating company) and
-- a yearly capacity for landfills and quarries. capacity_tonnes keeps its meaning for hubs (held at once) and means
-- tonnes per year for DISPOSAL and VIRGIN_SOURCE.
alter table facility
    add column processes jsonb not null default '[]' check (jsonb_typeof(processes) = 'array'),
    add column stock jsonb not null default '[]' check (jsonb_typeof(stock) = 'array'),
    add column operating_company uuid references company (id);
alter table facility
    add check (type = 'STORAGE_HUB' or (processes = '[]' and stock = '[]' and operating_company is null));
