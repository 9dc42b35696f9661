package no.sirkel.massreport;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import no.sirkel.security.Caller;
import no.sirkel.web.ContentNegotiation;
import no.sirkel.web.Csv;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * A site's mass report as PDF (the default) or CSV by {@code Accept}, in Norwegian or English by
 * {@code Accept-Language}: for the site's company, planners and admins.
 */
@RestController
class MassReportController {

    private static final MediaType PDF = MediaType.APPLICATION_PDF;
    private static final MediaType CSV = MediaType.parseMediaType("text/csv");

    private final MassReports reports;

    MassReportController(MassReports reports) {
        this.reports = reports;
    }

    @Operation(summary = "A site's mass report",
            description = "The site's masses in and out: delivered through deals and outside the marketplace, by "
                    + "material and destination, as PDF, CSV or JSON, headings in the reader's language.")
    @GetMapping("/api/v1/sites/{id}/mass-report")
    Mono<ResponseEntity<byte[]>> report(Caller caller, @Parameter(description = "The site's id") @PathVariable UUID id,
                                        @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                        @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false)
                                        String acceptLanguage) {
        MediaType type = ContentNegotiation.choose(accept, List.of(PDF, CSV));
        ReportLanguage language = ReportLanguage.of(acceptLanguage);
        return reports.report(id, caller)
                .publishOn(Schedulers.boundedElastic())
                .map(report -> ResponseEntity.ok().contentType(type)
                        .header(HttpHeaders.CONTENT_LANGUAGE, language.locale.getLanguage())
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"mass-report-" + id
                                + (type.equals(PDF) ? ".pdf\"" : ".csv\""))
                        .body(type.equals(PDF) ? MassReportPdf.write(report, language)
                                : csv(report, language).getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The rows with material codes and plain numbers (dot decimals), then a {@code TOTAL} row whose last column is
     * the reuse rate in percent; headers in the language.
     */
    private static String csv(MassReport report, ReportLanguage language) {
        StringBuilder csv = new StringBuilder(Csv.line(language.direction, "material", language.material,
                language.ewcCode, language.contaminationClass, language.planned, language.agreed, language.delivered,
                language.counterpart, language.km, language.truckTrips, language.co2, language.landfill,
                language.reuseRate + " %"));
        for (MassReport.Row row : report.rows()) {
            csv.append(Csv.line(row.direction(), row.materialCode(), language.material(row), row.ewcCode(),
                    row.contaminationClass(), row.plannedTonnes(), row.agreedTonnes(), row.deliveredTonnes(),
                    language.counterpart(row), row.km(), row.truckTrips(), row.co2Kg(), row.landfillTonnes(), null));
        }
        MassReport.Totals totals = report.totals();
        csv.append(Csv.line("TOTAL", null, language.totals, null, null,
                totals.plannedOutTonnes() + totals.plannedInTonnes(),
                totals.agreedOutTonnes() + totals.agreedInTonnes(),
                totals.deliveredOutTonnes() + totals.deliveredInTonnes(), null, null, totals.truckTrips(),
                totals.co2Kg(), totals.landfillTonnes(), totals.reuseRate()));
        return csv.toString();
    }
}
