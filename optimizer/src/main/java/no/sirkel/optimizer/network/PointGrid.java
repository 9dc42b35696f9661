package no.sirkel.optimizer.network;

import no.sirkel.optimizer.rules.GreatCircle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Points (WGS84 degrees) bucketed in square latitude/longitude cells, answering "which points may lie within r km of
 * here" without looking at every point. Queries return a superset: callers check the exact distance.
 */
final class PointGrid {

    private final double cellDegrees;
    private final int lonCells;
    /** Longitude cells divide 360° exactly, so cell indices wrap around the antimeridian. */
    private final double lonCellDegrees;
    private final Map<Long, int[]> cells = new HashMap<>();

    /**
     * @param ids        the id each point answers with
     * @param lats       latitude of each point, degrees
     * @param lons       longitude of each point, degrees
     * @param radiusKm   the great-circle radius queries will mostly use; sets the cell size
     */
    PointGrid(int[] ids, double[] lats, double[] lons, double radiusKm) {
        this.cellDegrees = Math.min(90, Math.max(0.01, Math.toDegrees(radiusKm / GreatCircle.EARTH_RADIUS_KM)));
        this.lonCells = (int) Math.ceil(360 / cellDegrees);
        this.lonCellDegrees = 360.0 / lonCells;
        Map<Long, List<Integer>> buckets = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            buckets.computeIfAbsent(key(latCell(lats[i]), lonCell(lons[i])), k -> new ArrayList<>()).add(ids[i]);
        }
        buckets.forEach((key, bucket) -> cells.put(key, bucket.stream().mapToInt(Integer::intValue).toArray()));
    }

    interface IdConsumer {
        void accept(int id);
    }

    /** Calls {@code consumer} with every point within {@code radiusKm} great-circle km of (lat, lon), and maybe more. */
    void near(double lat, double lon, double radiusKm, IdConsumer consumer) {
        double angle = radiusKm / GreatCircle.EARTH_RADIUS_KM;
        double latReach = Math.toDegrees(angle) + 1e-9;
        int fromLatCell = latCell(Math.max(-90, lat - latReach));
        int toLatCell = latCell(Math.min(90, lat + latReach));
        double cosLat = Math.cos(Math.toRadians(lat));
        boolean allLongitudes = angle >= Math.PI / 2 || Math.sin(angle) >= cosLat;
        int fromLonCell;
        int lonCellCount;
        if (allLongitudes) {
            fromLonCell = 0;
            lonCellCount = lonCells;
        } else {
            double lonReach = Math.toDegrees(Math.asin(Math.sin(angle) / cosLat)) + 1e-9;
            fromLonCell = lonCell(lon - lonReach);
            lonCellCount = Math.min(lonCells, lonCell(lon + lonReach) - fromLonCell + 1);
        }
        for (int latCell = fromLatCell; latCell <= toLatCell; latCell++) {
            for (int i = 0; i < lonCellCount; i++) {
                int[] bucket = cells.get(key(latCell, Math.floorMod(fromLonCell + i, lonCells)));
                if (bucket != null) {
                    for (int id : bucket) {
                        consumer.accept(id);
                    }
                }
            }
        }
    }

    private int latCell(double lat) {
        return (int) Math.floor((lat + 90) / cellDegrees);
    }

    /** Unwrapped longitude cell; stored points use {@code floorMod} of it. */
    private int lonCell(double lon) {
        return (int) Math.floor((lon + 180) / lonCellDegrees);
    }

    private long key(int latCell, int lonCell) {
        return ((long) latCell << 32) | Math.floorMod(lonCell, lonCells);
    }
}
