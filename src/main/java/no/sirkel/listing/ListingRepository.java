package no.sirkel.listing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import no.sirkel.geo.BoundingBox;
import no.sirkel.geo.GeoJsonPoint;
import no.sirkel.geo.GeoPoint;
import no.sirkel.security.Caller;
import no.sirkel.security.Role;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What supply and demand storage share: each listing keeps a copy of its site's position, so reads need not join the
 * site; every write bumps {@code version} in the same statement and only where the version is still the one the
 * writer read, so concurrent writers cannot overwrite each other unseen.
 *
 * @param <L> the listing
 * @param <F> its validated fields
 */
abstract class ListingRepository<L extends Listing, F extends ListingFields> {

    /** Newest listings a search of a busy area scans before it turns to the area's sites. */
    static final int NEWEST_SCANNED = 5_000;

    /**
     * Share of the sites from which an area counts as busy: its listings are then likely to be 2 % or more of all,
     * about 100 among the {@link #NEWEST_SCANNED} newest, a full page.
     */
    static final double BUSY_AREA_SHARE = 0.03;

    /**
     * Sites whose municipality may hold a search word for their listings still to be looked up by index: about 20
     * listings each, a thousand rows at most to sort.
     */
    static final int FEW_SITES = 50;

    /**
     * Where an area search tests a position: on the site ({@code s}, whose GiST index finds an area's sites) or on the
     * listing ({@code l}, which keeps a copy of its site's position, so that a scan of listings needs no site lookups).
     */
    private enum Place {
        SITE("s.location", "s"), LISTING("point(l.lon, l.lat)", "l");

        private final String point;
        private final String alias;

        Place(String point, String alias) {
            this.point = point;
            this.alias = alias;
        }

        /** The SQL haversine distance from the place to {@code (:nearLat, :nearLon)}, km. */
        String distanceKm() {
            return "great_circle_km(:nearLat, :nearLon, " + alias + ".lat, " + alias + ".lon)";
        }
    }

    /** The page's order and size, after a search's conditions. */
    private static final String NEWEST_FIRST_PAGE = " order by l.created_at desc, l.id desc limit :limit";

    /** What an area search keeps of each listing it scans: what its outer conditions and its order test. */
    private static final String SCANNED = "l.id, l.created_at, l.company_id, l.lon, l.lat";

    /** What an area search's page is picked by: the listing's key and its place in the order. */
    private static final String PAGE_KEYS = "l.id, l.created_at";

    protected final DatabaseClient db;
    private final String table;
    private final String columns;
    private final String fromColumn;
    private final String toColumn;

    /**
     * @param table      {@code supply} or {@code demand}
     * @param columns    the listing's own columns, each prefixed {@code l.}
     * @param fromColumn the window's first-day column
     * @param toColumn   the window's last-day column
     */
    ListingRepository(DatabaseClient db, String table, String columns, String fromColumn, String toColumn) {
        this.db = db;
        this.table = table;
        this.columns = columns + ", l.lon, l.lat";
        this.fromColumn = fromColumn;
        this.toColumn = toColumn;
    }

    /** Maps a row of {@link #select(String)} to the listing. */
    abstract L map(Readable row);

    /**
     * The SQL condition for "is of, or accepts, material {@code :material}" on listing {@code l}.
     *
     * @param withinOneSite whether it filters the listings of one site (found by index already), where a second
     *                      index lookup per site would cost more than checking the few rows
     */
    abstract String materialCondition(boolean withinOneSite);

    /** The SQL condition for "is of, or accepts, one of the materials in the text array {@code :<parameter>}". */
    abstract String anyMaterialCondition(String parameter);

    /**
     * A listing to insert: its id (new, chosen by the service), its fields, and the company whose sites alone it may
     * be at, or null for any company's (an admin's write).
     */
    record NewListing<F>(UUID id, F fields, UUID writer) {

        /** The listing with a new id. */
        static <F> NewListing<F> of(F fields, UUID writer) {
            return new NewListing<>(UUID.randomUUID(), fields, writer);
        }
    }

    /**
     * Inserts the listings in one statement (one round trip, one commit where no transaction is open), each at its
     * site, which the statement checks: a listing whose site is not registered (or has been deleted meanwhile) or,
     * with a writer given, belongs to another company is left out. The listings inserted, in no particular order.
     */
    Flux<L> insertAll(List<NewListing<F>> listings) {
        List<Map<String, Object>> rows = listings.stream().map(this::values).toList();
        if (rows.isEmpty()) {
            return Flux.empty();
        }
        List<String> names = List.copyOf(new TreeSet<>(rows.get(0).keySet()));
        Map<String, Object> binds = new HashMap<>();
        StringJoiner values = new StringJoiner(", ");
        for (int i = 0; i < rows.size(); i++) {
            StringJoiner row = new StringJoiner(", ", "(", ")");
            for (String name : names) {
                row.add(":" + name + i);
                binds.put(name + i, rows.get(i).get(name));
            }
            values.add(row.toString());
        }
        String columns = names.stream().map(name -> '"' + name + '"').collect(Collectors.joining(", "));
        return db.sql(returning(insertFrom(" (values " + values + ") v(" + columns + ")" + WRITABLE_SITES)))
                .bindValues(binds)
                .map(this::map).all();
    }

    private Map<String, Object> values(NewListing<F> listing) {
        Map<String, Object> values = binds(listing.fields());
        values.put("id", listing.id());
        values.put("writer", Parameter.fromOrEmpty(listing.writer(), UUID.class));
        return values;
    }

    /** Inserts the one listing as {@link #insertAll} does: empty where its site is not one it may be at. */
    Mono<L> insert(NewListing<F> listing) {
        return insertAll(List.of(listing)).next();
    }

    /**
     * The insert of the listings whose values are in {@code v}, one row each, a column for each of {@link #binds}'
     * names, {@code id} and {@code writer} (quoted, as they are written there), joined to their sites {@code s}:
     * {@code insert into ... select ... from} followed by {@code rows}.
     */
    abstract String insertFrom(String rows);

    /** The listing's values by parameter name (the site as {@code site}), for inserts and updates; a new map. */
    abstract Map<String, Object> binds(F fields);

    /** Overwrites the fields where the version is still {@code expectedVersion}; empty where it is not. */
    abstract Mono<L> update(UUID id, int expectedVersion, F fields);

    Mono<L> findById(UUID id) {
        return db.sql(select("l.id = :id")).bind("id", id).map(this::map).one();
    }

    /** Sets the status where the version is still {@code expectedVersion}; empty where it is not. */
    Mono<L> changeStatus(UUID id, int expectedVersion, ListingStatus status) {
        return db.sql(returning("update " + table + " set status = :status, version = version + 1, updated_at = now() "
                        + "where id = :id and version = :expected"))
                .bind("id", id).bind("expected", expectedVersion).bind("status", status.name())
                .map(this::map).one();
    }

    /** Deletes the listing where it is a draft still at {@code expectedVersion}; false where it is not. */
    Mono<Boolean> deleteDraft(UUID id, int expectedVersion) {
        return db.sql("delete from " + table + " where id = :id and version = :expected and status = 'DRAFT'")
                .bind("id", id).bind("expected", expectedVersion)
                .fetch().rowsUpdated().map(rows -> rows > 0);
    }

    /**
     * One page of listings matching the query, newest first, plus one more where there is a next page. Members see
     * other companies' listings only while ACTIVE.
     *
     * <p>Without an area the listings' own (status, material, created_at, id) indexes serve the page. With an area
     * (a bounding box, or a circle) the search takes one of two shapes: {@link #newestFirst} where the area holds a
     * busy share of the sites, {@link #sitesFirst} elsewhere and where the busy scan does not fill the page.
     */
    Flux<L> search(ListingQuery query, Caller caller, int fetch) {
        return municipalitySites(query.terms()).flatMapMany(sitesPerWord -> {
            boolean exact = caller.role() != Role.MEMBER;
            SqlConditions sites = area(query, exact, Place.SITE);
            SqlConditions listing = listingFilters(query, caller, sitesPerWord);
            Map<String, Object> binds = new HashMap<>(sites.binds());
            binds.putAll(listing.binds());
            binds.put("limit", fetch);
            if (sites.isEmpty()) {
                return run(select("l.status in (:statuses)" + listing.andAll() + materialFilter(query, false)
                        + NEWEST_FIRST_PAGE), binds);
            }
            SqlConditions shown = exact ? new SqlConditions() : areaAsShown(query);
            binds.putAll(shown.binds());
            Flux<L> bySites = run(sitesFirst(query, listing, sites.and(shown)), binds);
            return busy(sites).flatMapMany(busy -> !busy ? bySites
                    : run(newestFirst(query, listing, area(query, exact, Place.LISTING).and(shown)), binds)
                            .collectList()
                            .flatMapMany(page -> page.size() >= fetch ? Flux.fromIterable(page) : bySites));
        });
    }

    /**
     * The conditions on the listing's position, tested at {@code place}: inside the bounding box, within the circle.
     * Where the caller sees others' listings only on the {@link ListingPrivacy} grid ({@code exact} false), these are
     * only the boxes widened by half a grid cell, for the index; {@link #areaAsShown} then tests each listing where it
     * is shown, so that no search can tell more of a position than a read shows. Both places bind the same values.
     */
    private static SqlConditions area(ListingQuery query, boolean exact, Place place) {
        SqlConditions area = new SqlConditions();
        double latMargin = exact ? 0 : ListingPrivacy.LAT_STEP / 2;
        double lonMargin = exact ? 0 : ListingPrivacy.LON_STEP / 2;
        if (query.bbox() != null) {
            bindBox(query.bbox(), "", latMargin, lonMargin, area);
            area.add(place.point + " <@ box(point(:minLon, :minLat), point(:maxLon, :maxLat))");
        }
        if (query.near() != null) {
            bindBox(query.near().boundingBox(), "near", latMargin, lonMargin, area);
            area.add(place.point + " <@ box(point(:nearMinLon, :nearMinLat), point(:nearMaxLon, :nearMaxLat))");
            if (exact) {
                area.add(place.distanceKm() + " <= :radiusKm", "radiusKm", query.near().radiusKm())
                        .bind("nearLat", query.near().centre().lat()).bind("nearLon", query.near().centre().lon());
            }
        }
        return area;
    }

    /**
     * The area tested on each listing {@code l} where the member sees it: its own company's at its site, others' on
     * the {@link ListingPrivacy} grid. Uses {@code :caller}, which the member's filters bind.
     */
    private static SqlConditions areaAsShown(ListingQuery query) {
        SqlConditions listing = new SqlConditions();
        String lon = "(case when l.company_id = :caller then l.lon else " + ListingPrivacy.coarseLonSql("l.lon")
                + " end)";
        String lat = "(case when l.company_id = :caller then l.lat else " + ListingPrivacy.coarseLatSql("l.lat")
                + " end)";
        if (query.bbox() != null) {
            BoundingBox box = query.bbox();
            listing.add("point(" + lon + ", " + lat + ") <@ box(point(:shownMinLon, :shownMinLat), "
                            + "point(:shownMaxLon, :shownMaxLat))", "shownMinLon", box.minLon())
                    .bind("shownMinLat", box.minLat()).bind("shownMaxLon", box.maxLon())
                    .bind("shownMaxLat", box.maxLat());
        }
        if (query.near() != null) {
            listing.add("great_circle_km(:nearLat, :nearLon, " + lat + ", " + lon + ") <= :radiusKm", "radiusKm",
                            query.near().radiusKm())
                    .bind("nearLat", query.near().centre().lat()).bind("nearLon", query.near().centre().lon());
        }
        return listing;
    }

    /**
     * The conditions on listing {@code l} beyond {@code l.status in (:statuses)} (which binds here too) and the
     * material (whose condition depends on the query's shape): what a member may see, company, window, cursor and
     * the words of the text search ({@link SearchTerm}, {@link #wordCondition}).
     *
     * @param sitesPerWord for each word of the text search, how many sites' municipalities hold it
     */
    private SqlConditions listingFilters(ListingQuery query, Caller caller, List<Long> sitesPerWord) {
        SqlConditions listing = new SqlConditions()
                .bind("statuses", query.statuses().stream().map(Enum::name).toList());
        if (caller.role() == Role.MEMBER) {
            listing.add("(l.status = 'ACTIVE' or l.company_id = :caller)", "caller", caller.companyId());
        }
        if (query.material() != null) {
            listing.bind("material", query.material());
        }
        if (query.companyId() != null) {
            listing.add("l.company_id = :company", "company", query.companyId());
        }
        if (query.from() != null) {
            listing.add("(l." + toColumn + " is null or l." + toColumn + " >= :from)", "from", query.from());
        }
        if (query.to() != null) {
            listing.add("(l." + fromColumn + " is null or l." + fromColumn + " <= :to)", "to", query.to());
        }
        if (query.cursor() != null) {
            listing.add("(l.created_at, l.id) < (:cursorAt, :cursorId)", "cursorAt",
                    query.cursor().createdAt().atOffset(ZoneOffset.UTC)).bind("cursorId", query.cursor().id());
        }
        for (int i = 0; i < query.terms().size(); i++) {
            SearchTerm term = query.terms().get(i);
            String word = "word" + i;
            listing.add(wordCondition(word, sitesPerWord.get(i)), word, term.pattern())
                    .bind(word + "Materials", term.materials().toArray(String[]::new));
        }
        return listing;
    }

    /**
     * The condition that listing {@code l} holds the word {@code :<word>} in a material name (codes in
     * {@code :<word>Materials}), its description or its site's municipality, shaped by how many sites' municipalities
     * hold the word. Where none or few do, every part can be found by an index (the materials', the descriptions'
     * trigrams, the sites' listings), so that a rare word costs a few index lookups instead of a scan of every listing;
     * where many do, the matches are common, and the newest listings are scanned against a hashed set of those sites
     * until the page is full.
     */
    private String wordCondition(String word, long sites) {
        String municipality = "select place.id from site place where listing_fold(place.municipality) like :" + word;
        String site = sites == 0 ? ""
                : sites <= FEW_SITES ? " or l.site_id = any(array(" + municipality + "))"
                : " or l.site_id in (" + municipality + ")";
        return "(" + anyMaterialCondition(word + "Materials") + " or l.description_folded like :" + word + site + ")";
    }

    /**
     * How many registered sites' municipalities hold each word of the text search, in one statement on the sites'
     * trigram index; nothing to ask without words.
     */
    private Mono<List<Long>> municipalitySites(List<SearchTerm> terms) {
        if (terms.isEmpty()) {
            return Mono.just(List.of());
        }
        Map<String, Object> binds = new HashMap<>();
        StringBuilder counts = new StringBuilder();
        StringBuilder any = new StringBuilder();
        for (int i = 0; i < terms.size(); i++) {
            String holds = "listing_fold(municipality) like :word" + i;
            binds.put("word" + i, terms.get(i).pattern());
            counts.append(i == 0 ? "" : ", ").append("count(*) filter (where ").append(holds).append(") as n")
                    .append(i);
            any.append(i == 0 ? "" : " or ").append(holds);
        }
        return db.sql("select " + counts + " from site where deleted_at is null and (" + any + ")")
                .bindValues(binds)
                .map(row -> IntStream.range(0, terms.size()).mapToObj(i -> row.get("n" + i, Long.class)).toList())
                .one();
    }

    /**
     * Whether the area (conditions on the sites alone) holds a busy share of the sites ({@value #BUSY_AREA_SHARE} or
     * more, counted on the sites' GiST index against the planner's row estimate).
     */
    private Mono<Boolean> busy(SqlConditions area) {
        return db.sql("select count(*)::float8 / greatest(1, (select reltuples from pg_class "
                        + "where oid = 'site'::regclass)) as share from site s where s.deleted_at is null"
                        + area.andAll())
                .bindValues(area.binds()).map(row -> row.get("share", Double.class) >= BUSY_AREA_SHARE).one();
    }

    /**
     * A busy area's newest listings are among the newest of all: this scans the {@value #NEWEST_SCANNED} newest
     * listings matching the filters, newest first, and tests each one's copy of its site's position, which fills the
     * page after a few hundred rows.
     *
     * @param area the area, tested on the listing's position
     */
    private String newestFirst(ListingQuery query, SqlConditions listing, SqlConditions area) {
        return pageOf("select " + PAGE_KEYS + " from (select " + SCANNED + " from " + table + " l"
                + " where l.status in (:statuses)" + listing.andAll() + materialFilter(query, false)
                + " order by l.created_at desc, l.id desc limit " + NEWEST_SCANNED + ") l where true" + area.andAll()
                + NEWEST_FIRST_PAGE);
    }

    /**
     * The area's sites first, from their GiST index, then each site's listings from the (site_id, status, ...)
     * index; the lateral subquery (kept apart by {@code offset 0}) holds the plan to this shape as above.
     */
    private String sitesFirst(ListingQuery query, SqlConditions listing, SqlConditions area) {
        return pageOf("select " + PAGE_KEYS + " from site s cross join lateral (select " + SCANNED + " from " + table
                + " l where l.site_id = s.id and l.status in (:statuses)" + listing.andAll()
                + materialFilter(query, true) + " offset 0) l where true" + area.andAll() + NEWEST_FIRST_PAGE);
    }

    /**
     * The listings whose keys {@code keys} selects (a page, newest first), read from the table only now: the scans
     * that chose them read the indexes alone wherever the conditions test no more than the indexes hold (V72).
     */
    private String pageOf(String keys) {
        return "select " + columns + " from " + table + " l join (" + keys + ") page on page.id = l.id"
                + " order by l.created_at desc, l.id desc";
    }

    /** {@code " and "} the material condition where the query names a material, else nothing. */
    private String materialFilter(ListingQuery query, boolean withinOneSite) {
        return query.material() == null ? "" : " and " + materialCondition(withinOneSite);
    }

    private Flux<L> run(String sql, Map<String, Object> binds) {
        return db.sql(sql).bindValues(binds).map(this::map).all();
    }

    /** {@code select} of the listing, for the condition (and any ordering) given. */
    protected final String select(String condition) {
        return "select " + columns + " from " + table + " l where " + condition;
    }

    /** Runs a write ({@code insert} or {@code update}) and selects, in the same statement, the rows it leaves. */
    protected final String returning(String write) {
        return "with written as (" + write + " returning " + table + ".*) select " + columns + " from written l";
    }

    /**
     * Joins each new listing's values {@code v} to its site {@code s} where the site is registered and, where the
     * writer is not null, the writer's; with a share lock on it, so that a move of the site ({@link #moveSite}) waits
     * for the new listing, or the listing takes the moved position.
     */
    private static final String WRITABLE_SITES = " join site s on s.id = v.\"site\" and s.deleted_at is null"
            + " and (v.\"writer\" is null or s.company_id = v.\"writer\") for share of s";

    /** The site {@code s} a listing is written at ({@code :site}), share-locked as in {@link #WRITABLE_SITES}. */
    protected static final String SITE_MOVED_TO = " (select id, lon, lat from site where id = :site for share) s";

    /**
     * Gives the site's listings its position (they keep a copy of it), in the transaction that replaces the site;
     * listings already there are not rewritten.
     *
     * @return how many listings moved
     */
    Mono<Long> moveSite(UUID siteId, GeoPoint location) {
        return db.sql("update " + table + " set lon = :lon, lat = :lat"
                        + " where site_id = :site and (lon, lat) is distinct from (:lon, :lat)")
                .bind("site", siteId).bind("lon", location.lon()).bind("lat", location.lat())
                .fetch().rowsUpdated();
    }

    /** Binds for the columns every listing has, named after {@link ListingTerms}' fields. */
    protected static Map<String, Object> termsBinds(ListingTerms terms) {
        Map<String, Object> binds = new HashMap<>();
        binds.put("amount", terms.quantity().amount());
        binds.put("unit", terms.quantity().unit());
        binds.put("density", Parameter.fromOrEmpty(terms.densityTonnesPerM3(), Double.class));
        binds.put("tonnes", terms.tonnes());
        binds.put("kind", terms.kind().name());
        binds.put("from", Parameter.fromOrEmpty(terms.from(), LocalDate.class));
        binds.put("to", Parameter.fromOrEmpty(terms.to(), LocalDate.class));
        binds.put("description", terms.description());
        binds.put("status", terms.status().name());
        return binds;
    }

    protected static Quantity quantity(Readable row) {
        return new Quantity(row.get("quantity_amount", BigDecimal.class).doubleValue(),
                row.get("quantity_unit", String.class));
    }

    protected static Double density(Readable row) {
        BigDecimal density = row.get("density_tonnes_per_m3", BigDecimal.class);
        return density == null ? null : density.doubleValue();
    }

    protected static Integer smallint(Readable row, String column) {
        Short value = row.get(column, Short.class);
        return value == null ? null : value.intValue();
    }

    protected static GeoJsonPoint location(Readable row) {
        return new GeoPoint(row.get("lon", Double.class), row.get("lat", Double.class)).toGeoJson();
    }

    protected static Instant instant(Readable row, String column) {
        return row.get(column, OffsetDateTime.class).toInstant();
    }

    /** Binds the box's corners, widened by the margins (degrees). */
    private static void bindBox(BoundingBox box, String prefix, double latMargin, double lonMargin,
                                SqlConditions conditions) {
        conditions.bind(name(prefix, "minLon"), box.minLon() - lonMargin)
                .bind(name(prefix, "minLat"), box.minLat() - latMargin)
                .bind(name(prefix, "maxLon"), box.maxLon() + lonMargin)
                .bind(name(prefix, "maxLat"), box.maxLat() + latMargin);
    }

    private static String name(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
