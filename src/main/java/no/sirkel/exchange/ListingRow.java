package no.sirkel.exchange;

import java.util.ArrayList;
import java.util.List;

/** What supply and demand rows share: where the listing is, whose it is (names where visible) and its text. */
interface ListingRow {

    String status();

    String siteName();

    String municipality();

    String companyName();

    String description();

    /**
     * The columns of an export: id, then the row's own columns, then status, site, municipality, company, WGS84
     * longitude and latitude, and description.
     */
    static <R extends ListingRow> List<Column<Located<R>>> columns(List<Column<Located<R>>> own) {
        List<Column<Located<R>>> columns = new ArrayList<>();
        columns.add(new Column<>("id", "id", "id", Located::id));
        columns.addAll(own);
        columns.add(new Column<>("status", "status", "status", located -> located.row().status()));
        columns.add(new Column<>("siteName", "anlegg", "site", located -> located.row().siteName()));
        columns.add(new Column<>("municipality", "kommune", "municipality", located -> located.row().municipality()));
        columns.add(new Column<>("companyName", "firma", "company", located -> located.row().companyName()));
        columns.add(new Column<>("lon", "lengdegrad", "longitude", located -> located.location().coordinates().get(0)));
        columns.add(new Column<>("lat", "breddegrad", "latitude", located -> located.location().coordinates().get(1)));
        columns.add(new Column<>("description", "beskrivelse", "description", located -> located.row().description()));
        return List.copyOf(columns);
    }
}
