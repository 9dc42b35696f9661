package no.sirkel.material;

import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import no.sirkel.security.Caller;
import no.sirkel.security.Role;
import no.sirkel.web.ApiException;
import no.sirkel.web.FieldErrors;
import reactor.core.publisher.Mono;

/** The materials catalogue: anyone may read it, admins extend it. */
@RestController
@RequestMapping("/api/v1/materials")
class MaterialController {

    private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]{0,39}$");
    private static final int MAX_NAME_LENGTH = 200;
    /** The column is numeric(6, 3). */
    private static final double MAX_DECIMAL = 999.999;

    private final MaterialCatalogue catalogue;
    private final MaterialRepository materials;
    private final EwcCodeRepository ewcCodes;

    MaterialController(MaterialCatalogue catalogue, MaterialRepository materials, EwcCodeRepository ewcCodes) {
        this.catalogue = catalogue;
        this.materials = materials;
        this.ewcCodes = ewcCodes;
    }

    /** The catalogue in category, then code order; {@code category} narrows it to one category. */
    @Operation(summary = "The materials catalogue",
            description = "Every material with its code, Norwegian and English names, category, EWC code, loose "
                    + "density (t/m³) and swell factor; optionally of one category. Open to anyone.")
    @GetMapping
    Mono<List<Material>> list(
                              @Parameter(description = "Only materials of this category")
                              @RequestParam(required = false) String category) {
        if (category != null && !MaterialCategory.isKnown(category)) {
            throw ApiException.badRequest("category", "field.oneOf", MaterialCategory.names());
        }
        return catalogue.all().map(all -> all.stream()
                .filter(material -> category == null || material.category().equals(category))
                .toList());
    }

    @Operation(summary = "One material",
            description = "A material of the catalogue by its code. Open to anyone.")
    @GetMapping("/{code}")
    Mono<Material> get(@Parameter(description = "The material's code, e.g. CLAY") @PathVariable String code) {
        return catalogue.find(code).switchIfEmpty(Mono.error(() -> ApiException.notFound("material", code)));
    }

    /** Adds a material to the catalogue (ADMIN); 409 where the code is taken. */
    @Operation(summary = "Add a material",
            description = "Adds a material to the catalogue (ADMIN).")
    @ApiResponse(responseCode = "409", description = "The code is already taken")
    @PostMapping
    Mono<ResponseEntity<Material>> add(Caller caller, @RequestBody MaterialRequest request) {
        caller.requireRole(Role.ADMIN);
        Material material = request.validated();
        Mono<Boolean> ewcCodeKnown = material.ewcCode() == null ? Mono.just(true) : ewcCodes.exists(material.ewcCode());
        return ewcCodeKnown
                .flatMap(known -> known ? materials.insert(material)
                        : Mono.error(ApiException.invalid("ewcCode", "field.material.notEwc")))
                .flatMap(inserted -> {
                    if (!inserted) {
                        return Mono.error(ApiException.conflict("code", "field.material.taken"));
                    }
                    catalogue.refresh();
                    return Mono.just(ResponseEntity.created(URI.create("/api/v1/materials/" + material.code()))
                            .body(material));
                });
    }

    /**
     * A new catalogue entry as sent.
     *
     * @param ewcCode     optional; {@code 17 05 04} or {@code 170504}
     * @param swellFactor optional for materials that are not dug out of the ground
     */
    record MaterialRequest(@Schema(description = "The new material's code: capitals, digits and _") String code,
                           @Schema(description = "English name") String nameEn,
                           @Schema(description = "Norwegian (bokmål) name") String nameNo,
                           @Schema(description = "The material's category") String category,
                           @Schema(description = "European Waste Catalogue code (6 digits), optional") String ewcCode,
                           @Schema(description = "Density as loaded, tonnes per loose m³ (> 0)")
                           Double looseDensityTonnesPerM3,
                           @Schema(description = "Loose volume over solid volume (≥ 1), optional") Double swellFactor,
                           @Schema(description = "Whether the condition classes 1 to 5 apply")
                           Boolean contaminationClassApplies) {

        Material validated() {
            FieldErrors errors = new FieldErrors();
            if (errors.required(code, "code")) {
                errors.check(CODE.matcher(code).matches(), "code",
                        "field.material.code");
            }
            checkName(nameEn, "nameEn", errors);
            checkName(nameNo, "nameNo", errors);
            if (errors.required(category, "category")) {
                errors.check(MaterialCategory.isKnown(category), "category",
                        "field.oneOf", MaterialCategory.names());
            }
            String spacedEwcCode = ewcCode == null ? null : EwcCode.spaced(ewcCode);
            errors.check(ewcCode == null || (spacedEwcCode != null && spacedEwcCode.length() == 8), "ewcCode",
                    "field.material.ewcCode");
            if (errors.required(looseDensityTonnesPerM3, "looseDensityTonnesPerM3")) {
                errors.check(looseDensityTonnesPerM3 > 0 && looseDensityTonnesPerM3 <= MAX_DECIMAL,
                        "looseDensityTonnesPerM3", "field.material.density", MAX_DECIMAL);
            }
            errors.check(swellFactor == null || (swellFactor >= 1 && swellFactor <= MAX_DECIMAL), "swellFactor",
                    "field.material.swellFactor", MAX_DECIMAL);
            errors.required(contaminationClassApplies, "contaminationClassApplies");
            errors.throwIfAny();
            return new Material(code, nameEn.trim(), nameNo.trim(), category, spacedEwcCode,
                    thousandths(looseDensityTonnesPerM3), swellFactor == null ? null : thousandths(swellFactor),
                    contaminationClassApplies);
        }

        /** Rounds as the database stores it, so the answer shows what was kept. */
        private static double thousandths(double value) {
            return Math.round(value * 1000) / 1000.0;
        }

        private static void checkName(String name, String field, FieldErrors errors) {
            if (errors.required(name, field)) {
                errors.check(!name.isBlank() && name.length() <= MAX_NAME_LENGTH, field,
                        "field.oneToCharacters", MAX_NAME_LENGTH);
            }
        }
    }
}
