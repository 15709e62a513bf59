/** Great-circle distance in km (haversine; least() keeps rounding at antipodes inside asin's domain), as SQL from a point to the row `p` (its latitude and longitude columns). */
export const distanceSql = (lat: string, lng: string) =>
  `(6371 * 2 * asin(least(1, sqrt(power(sin(radians(p.latitude - ${lat}) / 2), 2)
     + cos(radians(${lat})) * cos(radians(p.latitude)) * power(sin(radians(p.longitude - ${lng}) / 2), 2)))))`;
