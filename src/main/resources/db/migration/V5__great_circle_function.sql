-- Great-circle (haversine) distance in km between two WGS84 positions in degrees, on the mean Earth sphere of
-- radius 6371.0088 km, as the optimizer problem format defines it (Java: no.sirkel.optimizer.network.GreatCircle).
-- A plain SQL function marked immutable, so the planner inlines it into the queries that use it.
create function great_circle_km(lat1 double precision, lon1 double precision,
                                lat2 double precision, lon2 double precision)
    returns double precision
    language sql immutable parallel safe
    return 2 * 6371.0088 * asin(least(1, sqrt(
        power(sin(radians(lat2 - lat1) / 2), 2)
        + cos(radians(lat1)) * cos(radians(lat2)) * power(sin(radians(lon2 - lon1) / 2), 2))));
