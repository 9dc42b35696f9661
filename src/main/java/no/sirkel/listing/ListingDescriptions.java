package no.sirkel.listing;

/**
 * The API document's descriptions of the fields supplies and demands share, written once for the listings, their
 * requests and the candidates a search answers ({@code listing.candidate}).
 */
public final class ListingDescriptions {

    public static final String ID = "The listing's id";
    static final String SITE = "The site it is at (left out for other companies' listings a member sees)";
    public static final String COMPANY = "The owning company (left out for other companies' listings a member sees)";
    static final String QUANTITY = "The amount and unit as written";
    static final String DENSITY = "The listing's own density, t per m³ of the quantity's unit; null: the catalogue's";
    static final String TONNES = "The quantity in tonnes (per year where kind is RECURRING)";
    static final String KIND = "ONE_OFF: the whole quantity; RECURRING: per year over the window";
    static final String DESCRIPTION = "Free text as the owner wrote it";
    static final String STATUS = "DRAFT, ACTIVE, CLOSED or MATCHED (once deals used it up)";
    static final String VERSION = "Increases with every change; sent as the ETag";
    public static final String LOCATION = "The site's location, GeoJSON Point in WGS84; for other companies' listings "
            + "a member sees, snapped to a 0.01° by 0.02° grid";
    static final String CREATED_AT = "When it was created (ISO 8601 UTC)";
    static final String UPDATED_AT = "When it last changed (ISO 8601 UTC)";
    public static final String AVAILABLE_FROM = "First day available, ISO yyyy-mm-dd";
    public static final String AVAILABLE_TO = "Last day available, ISO yyyy-mm-dd; null: open";
    public static final String NEEDED_FROM = "First day needed, ISO yyyy-mm-dd";
    public static final String NEEDED_TO = "Last day needed, ISO yyyy-mm-dd; null: open";

    // as a request writes them
    static final String REQUEST_DENSITY = "The listing's own density, t per m³ of the quantity's unit; the "
            + "catalogue's where left out";
    static final String REQUEST_KIND = "ONE_OFF: the amount is the whole quantity; RECURRING: the amount is per year, "
            + "spread over the window";
    static final String REQUEST_DESCRIPTION = "Free text as the owner writes it";
    static final String REQUEST_STATUS = "The listing's state: ACTIVE for a new listing where left out, the current "
            + "one on an update";

    private ListingDescriptions() {
    }
}
