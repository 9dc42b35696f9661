-- Companies, access tokens, sites, supply and demand listings, facilities.
-- Coordinates are WGS84 degrees. Locations are also kept as PostgreSQL points (x = longitude, y = latitude) with GiST
-- indexes, so bounding-box and radius pre-filters use an index without PostGIS.

create table company (
    id            uuid primary key default gen_random_uuid(),
    name          text        not null check (length(name) between 1 and 200),
    org_number    char(9)     not null unique check (org_number ~ '^[0-9]{9}$'),
    contact_email text        not null,
    created_at    timestamptz not null default now()
);

create table api_token (
    id         uuid primary key default gen_random_uuid(),
    token_hash text        not null unique,
    role       text        not null check (role in ('ADMIN', 'PLANNER', 'MEMBER')),
    company_id uuid references company (id),
    label      text        not null default '',
    created_at timestamptz not null default now(),
    revoked_at timestamptz,
    check ((role = 'MEMBER') = (company_id is not null))
);

create table site (
    id           uuid primary key default gen_random_uuid(),
    company_id   uuid             not null references company (id),
    name         text             not null check (length(name) between 1 and 200),
    lat          double precision not null check (lat between -90 and 90),
    lon          double precision not null check (lon between -180 and 180),
    location     point            not null generated always as (point(lon, lat)) stored,
    municipality text,
    address      text,
    created_at   timestamptz      not null default now()
);
create index site_company on site (company_id);
create index site_location on site using gist (location);

create table supply (
    id                    uuid primary key default gen_random_uuid(),
    site_id               uuid             not null references site (id),
    company_id            uuid             not null references company (id),
    material              text             not null references material (code),
    contamination_class   smallint check (contamination_class between 1 and 5),
    quantity_amount       numeric(14, 3)   not null check (quantity_amount > 0),
    quantity_unit         text             not null check (quantity_unit in ('t', 'm3_solid', 'm3_loose')),
    density_tonnes_per_m3 numeric(6, 3) check (density_tonnes_per_m3 > 0),
    tonnes                double precision not null check (tonnes > 0),
    kind                  text             not null check (kind in ('ONE_OFF', 'RECURRING')),
    available_from        date,
    available_to          date,
    description           text             not null default '',
    status                text             not null default 'ACTIVE'
        check (status in ('DRAFT', 'ACTIVE', 'CLOSED', 'MATCHED')),
    version               integer          not null default 0,
    created_at            timestamptz      not null default now(),
    updated_at            timestamptz      not null default now(),
    check (available_from is null or available_to is null or available_from <= available_to)
);
create index supply_site on supply (site_id);
create index supply_company on supply (company_id);
create index supply_status_material on supply (status, material);

create table demand (
    id                      uuid primary key default gen_random_uuid(),
    site_id                 uuid             not null references site (id),
    company_id              uuid             not null references company (id),
    accepts                 text[]           not null check (cardinality(accepts) > 0),
    max_contamination_class smallint check (max_contamination_class between 1 and 5),
    quantity_amount         numeric(14, 3)   not null check (quantity_amount > 0),
    quantity_unit           text             not null check (quantity_unit in ('t', 'm3_solid', 'm3_loose')),
    density_tonnes_per_m3   numeric(6, 3) check (density_tonnes_per_m3 > 0),
    tonnes                  double precision not null check (tonnes > 0),
    kind                    text             not null check (kind in ('ONE_OFF', 'RECURRING')),
    needed_from             date,
    needed_to               date,
    max_haul_km             double precision check (max_haul_km > 0),
    description             text             not null default '',
    status                  text             not null default 'ACTIVE'
        check (status in ('DRAFT', 'ACTIVE', 'CLOSED', 'MATCHED')),
    version                 integer          not null default 0,
    created_at              timestamptz      not null default now(),
    updated_at              timestamptz      not null default now(),
    check (needed_from is null or needed_to is null or needed_from <= needed_to)
);
create index demand_site on demand (site_id);
create index demand_company on demand (company_id);
create index demand_status on demand (status);
create index demand_accepts on demand using gin (accepts);

create table facility (
    id                      uuid primary key default gen_random_uuid(),
    type                    text             not null check (type in ('DISPOSAL', 'VIRGIN_SOURCE', 'STORAGE_HUB')),
    name                    text             not null check (length(name) between 1 and 200),
    lat                     double precision not null check (lat between -90 and 90),
    lon                     double precision not null check (lon between -180 and 180),
    location                point            not null generated always as (point(lon, lat)) stored,
    municipality            text,
    accepts                 text[] check (accepts is null or cardinality(accepts) > 0),
    materials               text[] check (materials is null or cardinality(materials) > 0),
    max_contamination_class smallint check (max_contamination_class between 1 and 5),
    gate_fee_per_tonne      numeric(12, 2) check (gate_fee_per_tonne >= 0),
    price_per_tonne         numeric(12, 2) check (price_per_tonne >= 0),
    handling_fee_per_tonne  numeric(12, 2) check (handling_fee_per_tonne >= 0),
    capacity_tonnes         double precision check (capacity_tonnes > 0),
    active                  boolean          not null default true,
    version                 integer          not null default 0,
    created_at              timestamptz      not null default now(),
    check (type <> 'DISPOSAL' or gate_fee_per_tonne is not null),
    check (type <> 'VIRGIN_SOURCE' or (price_per_tonne is not null and materials is not null))
);
create index facility_type on facility (type);
create index facility_location on facility using gist (location);
