-- Great-circle distance in kilometres between two points (haversine), for "near a council" and
-- "nearest councils". Plain SQL because the embedded PostgreSQL has no PostGIS.
CREATE FUNCTION "directory_distance_km"(lat1 double precision, lng1 double precision, lat2 double precision, lng2 double precision)
  RETURNS double precision
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$
    SELECT 6371.0088 * 2 * asin(least(1, sqrt(
      power(sin(radians(lat2 - lat1) / 2), 2)
      + cos(radians(lat1)) * cos(radians(lat2)) * power(sin(radians(lng2 - lng1) / 2), 2)
    )))
  $$;
