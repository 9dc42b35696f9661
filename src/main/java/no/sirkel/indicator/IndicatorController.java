package no.sirkel.indicator;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import no.sirkel.security.Caller;
import no.sirkel.security.Role;
import no.sirkel.web.ApiException;
import no.sirkel.web.ContentNegotiation;
import no.sirkel.web.Csv;
import no.sirkel.web.FieldErrors;
import no.sirkel.web.Page;
import reactor.core.publisher.Mono;

/**
 * The region's open indicators: public, no token. JSON or CSV by {@code Accept}, or by {@code format} for download
 * links; {@code indicator} narrows the answer to one chart's data. Targets are read publicly and set by admins.
 */
@RestController
@RequestMapping("/api/v1/indicators")
class IndicatorController {

    private static final int MAX_MONTHS = 120;
    private static final MediaType CSV = MediaType.parseMediaType("text/csv");

    private final IndicatorService indicators;
    private final TargetRepository targets;

    IndicatorController(IndicatorService indicators, TargetRepository targets) {
        this.indicators = indicators;
        this.targets = targets;
    }

    @Operation(summary = "Circularity indicators",
            description = "The open indicators (reuse rate, tonnes reused, tonne-km and CO2 saved, ...) by month "
                    + "between from and to, optionally of one municipality or indicator, as JSON or CSV. Open to "
                    + "anyone.")
    @GetMapping
    Mono<ResponseEntity<?>> report(
                                   @Parameter(description = "First month, ISO yyyy-mm (required)")
                                   @RequestParam(required = false) String from,
                                   @Parameter(description = "Last month, ISO yyyy-mm (required), at most 120 months "
                                           + "after `from`")
                                   @RequestParam(required = false) String to,
                                   @Parameter(description = "Only this municipality's figures (its name)")
                                   @RequestParam(required = false) String municipality,
                                   @Parameter(description = "The indicator's key")
                                   @RequestParam(required = false) String indicator,
                                   @Parameter(description = "json or csv; where left out, Accept decides")
                                   @RequestParam(required = false) String format,
                                   @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        YearMonth first = month("from", from);
        YearMonth last = month("to", to);
        new FieldErrors().check(!last.isBefore(first), "to", "field.notBefore", "from")
                .check(!first.plusMonths(MAX_MONTHS).isBefore(last.plusMonths(1)), "to",
                        "field.indicator.months", MAX_MONTHS)
                .throwIfAny();
        List<Indicator> only = indicator == null ? List.of(Indicator.values()) : List.of(Indicator.byKey(indicator)
                .orElseThrow(() -> ApiException.badRequest("indicator", "field.oneOf",
                        Arrays.stream(Indicator.values()).map(Indicator::key).toList())));
        MediaType type = format == null ? ContentNegotiation.choose(accept, List.of(MediaType.APPLICATION_JSON, CSV))
                : switch (format) {
                    case "json" -> MediaType.APPLICATION_JSON;
                    case "csv" -> CSV;
                    default -> throw ApiException.badRequest("format", "field.indicator.format");
                };
        String place = municipality == null || municipality.isBlank() ? null : municipality.strip();
        return indicators.report(first, last, place, only).map(report -> type.equals(CSV)
                ? ResponseEntity.ok().contentType(CSV).header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"indicators-" + from + "-" + to + ".csv\"").body(csv(report))
                : ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report));
    }

    @Operation(summary = "Indicator targets",
            description = "The targets set for the indicators, by year. Open to anyone.")
    @GetMapping("/targets")
    Mono<Page<TargetRepository.TargetView>> targets() {
        return targets.all().collectList().map(all -> new Page<>(all, null));
    }

    /** Sets the region's target for the indicator in the year (ADMIN); every change is kept with who and when. */
    @Operation(summary = "Set an indicator target",
            description = "Sets (or replaces) an indicator's target for a year (PLANNER, ADMIN).")
    @PutMapping("/targets/{indicator}/{year}")
    Mono<TargetRepository.TargetView> setTarget(Caller caller,
                                                @Parameter(description = "The indicator's key")
                                                @PathVariable String indicator,
                                                @Parameter(description = "The calendar year the target is for")
                                                @PathVariable int year, @RequestBody TargetRequest request) {
        caller.requireRole(Role.ADMIN);
        Indicator which = Indicator.byKey(indicator).orElseThrow(() -> ApiException.notFound("indicator",
                indicator));
        FieldErrors errors = new FieldErrors();
        if (errors.required(request.value(), "value")) {
            errors.check(Double.isFinite(request.value()), "value", "field.number");
        }
        errors.check(year >= 2000 && year <= 2100, "year", "field.indicator.year").throwIfAny();
        return targets.set(which, year, request.value(), caller.tokenId());
    }

    /** @param value the target in the indicator's unit */
    record TargetRequest(@Schema(description = "The target, in the indicator's unit") Double value) {
    }

    private static YearMonth month(String parameter, String value) {
        if (value == null) {
            throw ApiException.badRequest(parameter, "field.indicator.monthRequired");
        }
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(parameter, "field.indicator.month");
        }
    }

    private static String csv(IndicatorReport report) {
        StringBuilder csv = new StringBuilder(Csv.line("month", "municipality", "indicator", "unit", "value",
                "suppressed", "note", "sameMonthLastYear", "changeFromLastYear", "worseThanLastYear",
                "twelveMonths", "twelveMonthsYearBefore", "changeTwelveMonths", "worseTwelveMonths", "target",
                "distanceToTarget"));
        for (IndicatorReport.Month month : report.months()) {
            for (IndicatorReport.Figure figure : month.figures()) {
                IndicatorReport.Comparison year = figure.sameMonthLastYear();
                IndicatorReport.Comparison twelve = figure.twelveMonths();
                String unit = Indicator.byKey(figure.indicator()).map(Indicator::unit).orElse("");
                csv.append(Csv.line(month.month(), report.municipality(), figure.indicator(), unit, figure.value(),
                        figure.suppressed(), figure.note(), year.before(), year.change(), year.worse(),
                        twelve.value(), twelve.before(), twelve.change(), twelve.worse(),
                        figure.target() == null ? null : figure.target().value(),
                        figure.target() == null ? null : figure.target().distance()));
            }
        }
        return csv.toString();
    }
}
