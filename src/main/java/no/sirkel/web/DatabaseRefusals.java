package no.sirkel.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.r2dbc.postgresql.api.ErrorDetails;
import io.r2dbc.postgresql.api.PostgresqlException;
import org.springframework.http.HttpStatus;

/**
 * The last line of defence behind validation: a request that a database constraint refused is answered as the
 * validation would have answered it, 422 naming the field (or 409 where the refusal is about the state of the data:
 * a duplicate, a row still referred to, tonnes already reserved). The field comes from the constraint PostgreSQL
 * names: {@code <table>_<column>_check}, {@code _fkey} and {@code _key} by PostgreSQL's own naming, the table-wide
 * checks by the list below.
 */
final class DatabaseRefusals {

    /** API fields whose database columns are named otherwise, and table-wide checks, by column or constraint name. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("lat", "location"),
            Map.entry("lon", "location"),
            Map.entry("quantity_amount", "quantity.amount"),
            Map.entry("quantity_unit", "quantity.unit"),
            Map.entry("supply_check", "availableTo"),
            Map.entry("demand_check", "neededTo"),
            Map.entry("facility_check", "gateFeePerTonne"),
            Map.entry("facility_check1", "pricePerTonne"),
            Map.entry("scenario_check", "horizon.to"),
            Map.entry("api_token_check", "companyId"));
    private static final List<String> STATE_CHECKS = List.of("supply_reserved_within_tonnes",
            "demand_reserved_within_tonnes");

    private DatabaseRefusals() {
    }

    /** The answer to a failure PostgreSQL reported for bad data (SQLSTATE classes 22 and 23); empty for others. */
    static Optional<ApiException> of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PostgresqlException postgres) {
                return refusal(postgres.getErrorDetails());
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }

    private static Optional<ApiException> refusal(ErrorDetails details) {
        String code = details.getCode();
        String table = details.getTableName().orElse("");
        String constraint = details.getConstraintName().orElse("");
        return Optional.ofNullable(switch (code) {
            case "23502" -> ApiException.invalid(field(details.getColumnName().orElse("")), "field.required");
            case "23503" -> details.getMessage().startsWith("update or delete")
                    ? new ApiException(HttpStatus.CONFLICT, "title.conflict", "detail.stillReferred", List.of())
                    : ApiException.invalid(field(column(constraint, table, "_fkey")), "field.doesNotExist");
            case "23505" -> ApiException.conflict(field(column(constraint, table, "_key")), "field.taken");
            case "23514" -> STATE_CHECKS.contains(constraint)
                    ? new ApiException(HttpStatus.CONFLICT, "title.conflict", "detail.alreadyReserved", List.of())
                    : ApiException.invalid(FIELDS.getOrDefault(constraint, field(column(constraint, table, "_check"))),
                            "field.notAllowed");
            default -> code.startsWith("22") ? ApiException.invalid(
                    details.getColumnName().map(DatabaseRefusals::field).orElse("body"),
                    "field.notStorable", details.getMessage()) : null;
        });
    }

    private static String column(String constraint, String table, String suffix) {
        String column = constraint;
        if (column.startsWith(table + "_")) {
            column = column.substring(table.length() + 1);
        }
        return column.endsWith(suffix) ? column.substring(0, column.length() - suffix.length()) : column;
    }

    /** The API's name for a column: {@code gate_fee_per_tonne} is {@code gateFeePerTonne}. */
    private static String field(String column) {
        if (FIELDS.containsKey(column)) {
            return FIELDS.get(column);
        }
        StringBuilder field = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                field.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return field.toString();
    }
}
