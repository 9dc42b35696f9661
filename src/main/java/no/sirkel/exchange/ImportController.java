package no.sirkel.exchange;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Parameter;
import no.sirkel.web.CrsParameter;
import no.sirkel.geo.Crs;
import no.sirkel.material.Language;
import no.sirkel.security.Caller;
import no.sirkel.web.ApiException;
import no.sirkel.web.ProblemTexts;
import no.sirkel.web.Text;
import no.sirkel.web.ContentNegotiation;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.ObjectMapper;

/**
 * Bulk import of sites and listings from CSV, XLSX or a GeoJSON FeatureCollection, and the template to fill in.
 * {@code dryRun=true} checks every row and writes nothing; otherwise all rows are written or, where any is at fault,
 * none (422 problem+json whose {@code errors} name each problem's row and column).
 */
@RestController
@RequestMapping("/api/v1/imports")
class ImportController {

    /** Bigger files are refused (413): about 50,000 rows of CSV. */
    static final int MAX_BYTES = 10 * 1024 * 1024;

    private final ImportService imports;
    private final ObjectMapper json;

    ImportController(ImportService imports, ObjectMapper json) {
        this.imports = imports;
        this.json = json;
    }

    @Operation(summary = "Import sites and listings",
            description = "Imports sites, supplies and demands from CSV, XLSX or a GeoJSON FeatureCollection (MEMBER "
                    + "for its own company, ADMIN). With dryRun=true nothing is written and the answer says what "
                    + "would be; otherwise all rows are written in one transaction or none. Every problem is reported "
                    + "by row and column (422).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    description = "The rows: CSV or XLSX with the template's headings (English or Norwegian), or a "
                            + "GeoJSON FeatureCollection whose properties are the columns",
                    content = {
                        @Content(mediaType = "text/csv", schema = @Schema(type = "string"), examples = @ExampleObject(
                                name = "two listings at a new site", value = """
                                        listing,site,x,y,crs,municipality,material,contaminationClass,amount,unit,kind,from,to
                                        supply,Brattøra byggetrinn 2,569532,7034225,EPSG:25832,Trondheim,CLAY,1,12000,m3_solid,ONE_OFF,2027-03-01,2027-06-30
                                        demand,Brattøra byggetrinn 2,,,,,CRUSHED_ROCK;GRAVEL,2,8000,t,ONE_OFF,2027-04-01,2027-09-30
                                        """)),
                        @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                schema = @Schema(type = "string", format = "binary")),
                        @Content(mediaType = "application/geo+json", schema = @Schema(type = "object"))}))
    @PostMapping
    Mono<ResponseEntity<Object>> importFile(
            Caller caller, ServerHttpRequest request,
            @Parameter(description = "true: check the file and report what would be written, writing nothing")
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            @RequestHeader(value = Crs.HEADER, required = false) String contentCrs,
            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        MediaType type = mediaType(contentType);
        Crs crs = CrsParameter.parse(contentCrs, Crs.HEADER);
        return DataBufferUtils.join(request.getBody(), MAX_BYTES)
                .onErrorMap(DataBufferLimitException.class, e -> new ApiException(HttpStatus.CONTENT_TOO_LARGE,
                        Text.of("title.tooLarge"), Text.of("detail.fileTooLarge", MAX_BYTES / (1024 * 1024)),
                        List.of()))
                .map(buffer -> {
                    byte[] bytes = new byte[buffer.readableByteCount()];
                    buffer.read(bytes);
                    DataBufferUtils.release(buffer);
                    return bytes;
                })
                .defaultIfEmpty(new byte[0])
                .publishOn(Schedulers.boundedElastic())
                .map(bytes -> ImportFiles.read(type, bytes, crs, json))
                .flatMap(table -> imports.importTable(caller, table, dryRun))
                .map(outcome -> ResponseEntity.status(dryRun ? HttpStatus.OK : HttpStatus.CREATED)
                        .<Object>body(outcome))
                .onErrorResume(ImportService.Refused.class, refused -> Mono.just(refusal(refused,
                        ProblemTexts.language(acceptLanguage))));
    }

    /**
     * The import template: {@code Accept: text/csv} (default) or the XLSX type (with a sheet explaining each column);
     * headings and examples in the reader's language ({@code Accept-Language: nb} by default, or {@code en}).
     */
    @Operation(summary = "The import template",
            description = "The import template as CSV (default) or XLSX (with a sheet explaining each column), "
                    + "headings and examples in the reader's language (nb by default, or en).")
    @GetMapping("/template")
    ResponseEntity<byte[]> template(
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        MediaType format = ContentNegotiation.choose(accept, List.of(Sheets.CSV, Sheets.XLSX));
        Language language = Language.fromAcceptLanguage(acceptLanguage);
        Sheets.Written template = ImportTemplate.sheet(language);
        boolean xlsx = format.equals(Sheets.XLSX);
        byte[] body = xlsx ? Sheets.xlsx(List.of(template, ImportTemplate.help(language))) : Sheets.csv(template);
        String name = (language == Language.EN ? "import-template" : "importmal") + (xlsx ? ".xlsx" : ".csv");
        return ResponseEntity.ok().contentType(format)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .body(body);
    }

    private static MediaType mediaType(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType == null ? "" : contentType);
            if (ImportFiles.ACCEPTED.stream().anyMatch(accepted -> accepted.isCompatibleWith(type))) {
                return type;
            }
        } catch (org.springframework.http.InvalidMediaTypeException e) {
            // reported below
        }
        throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, Text.of("title.unsupportedMediaType"),
                Text.of("detail.contentType", ImportFiles.ACCEPTED), List.of(new ApiException.FieldError(
                        "Content-Type", "field.oneOf", List.<Object>of(Arrays.toString(ImportFiles.ACCEPTED.toArray())))));
    }

    private static ResponseEntity<Object> refusal(ImportService.Refused refused, Locale language) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                refused.errors().size() + " problems in the file; nothing was imported");
        problem.setTitle("Invalid import");
        problem.setType(URI.create("about:blank"));
        problem.setProperty("errors", refused.errors().stream().map(error -> error.shown(language)).toList());
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
