package no.sirkel.delivery;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import no.sirkel.web.Csv;
import no.sirkel.web.FieldErrors;

/**
 * Reads CSV imports into requests. Columns are named as the JSON fields ({@code date,tonnes,truckTrips,ticket}, or
 * {@code amount,unit} in place of {@code tonnes}); a value that cannot be read is recorded at
 * {@code rows[i].column}, counting records after the header from 0.
 */
final class DeliveryCsv {

    private DeliveryCsv() {
    }

    static List<DeliveryRequest> deliveries(String text, FieldErrors errors) {
        List<DeliveryRequest> requests = new ArrayList<>();
        List<Map<String, String>> rows = Csv.read(text);
        for (int i = 0; i < rows.size(); i++) {
            Cells cells = new Cells(rows.get(i), "rows[" + i + "].", errors);
            Double amount = cells.get("amount", Double::valueOf);
            String unit = cells.text("unit");
            requests.add(new DeliveryRequest(cells.get("date", LocalDate::parse), cells.get("tonnes", Double::valueOf),
                    amount == null && unit == null ? null : new Amount(amount, unit),
                    cells.get("truckTrips", Integer::valueOf), cells.text("ticket")));
        }
        return requests;
    }

    static List<OutsideDeliveryRequest> outside(String text, FieldErrors errors) {
        List<OutsideDeliveryRequest> requests = new ArrayList<>();
        List<Map<String, String>> rows = Csv.read(text);
        for (int i = 0; i < rows.size(); i++) {
            Cells cells = new Cells(rows.get(i), "rows[" + i + "].", errors);
            requests.add(new OutsideDeliveryRequest(cells.get("siteId", UUID::fromString),
                    cells.get("date", LocalDate::parse), cells.text("material"),
                    cells.get("contaminationClass", Integer::valueOf), cells.get("tonnes", Double::valueOf),
                    cells.text("destination"), cells.text("receiver"), cells.get("km", Double::valueOf),
                    cells.get("truckTrips", Integer::valueOf), cells.text("ticket")));
        }
        return requests;
    }

    /** One record's fields, read with their problems recorded. */
    private record Cells(Map<String, String> row, String prefix, FieldErrors errors) {

        String text(String column) {
            return row.get(column);
        }

        <T> T get(String column, Function<String, T> parse) {
            String value = row.get(column);
            if (value == null) {
                return null;
            }
            try {
                return parse.apply(value);
            } catch (NumberFormatException | DateTimeParseException e) {
                errors.add(prefix + column, "field.cannotRead", value);
                return null;
            } catch (IllegalArgumentException e) {
                errors.add(prefix + column, "field.notAUuid", value);
                return null;
            }
        }
    }
}
