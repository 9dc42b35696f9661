package no.sirkel.company;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import no.sirkel.security.Caller;
import no.sirkel.security.Role;
import no.sirkel.web.ApiException;
import no.sirkel.web.Cursor;
import no.sirkel.web.FieldErrors;
import no.sirkel.web.Page;
import no.sirkel.web.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/v1/companies")
class CompanyController {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final int MAX_LIMIT = 1000;

    private final CompanyRepository companies;

    CompanyController(CompanyRepository companies) {
        this.companies = companies;
    }

    @Operation(summary = "Register a company",
            description = "Registers a company (ADMIN); the organisation number is mod-11 checked.")
    @ApiResponse(responseCode = "201", description = "The company as stored, with Location")
    @ApiResponse(responseCode = "409", description = "The organisation number is already registered")
    @PostMapping
    Mono<ResponseEntity<Company>> register(Caller caller, @RequestBody CompanyRequest request) {
        caller.requireRole(Role.ADMIN);
        request.validate();
        return companies.insert(request.name().trim(), request.orgNumber(), request.contactEmail().trim())
                .switchIfEmpty(Mono.error(ApiException.conflict("orgNumber", "field.alreadyRegistered")))
                .map(company -> ResponseEntity.created(URI.create("/api/v1/companies/" + company.id())).body(company));
    }

    /** Admins and planners see every company; a member sees its own. */
    @Operation(summary = "List companies",
            description = "A page of companies in id order; a member sees its own only.")
    @GetMapping
    Mono<Page<Company>> list(Caller caller, @RequestParam(required = false) String cursor,
                             @RequestParam(defaultValue = "100") int limit) {
        Paging.limit(limit, MAX_LIMIT);
        if (caller.role() == Role.MEMBER) {
            return companies.findById(caller.companyId()).map(own -> new Page<>(List.of(own), null));
        }
        return companies.findAfter(Cursor.afterId(cursor), limit + 1).collectList()
                .map(found -> Paging.page(found, limit, company -> Cursor.after(company.id())));
    }

    /** A member asking for another company gets 404: which companies exist is not theirs to probe. */
    @Operation(summary = "Read a company",
            description = "One company; a member may read its own only.")
    @GetMapping("/{id}")
    Mono<Company> get(Caller caller, @Parameter(description = "The company's id") @PathVariable UUID id) {
        if (caller.role() == Role.MEMBER && !caller.isMemberOf(id)) {
            return Mono.error(ApiException.notFound("company", id));
        }
        return companies.findById(id).switchIfEmpty(Mono.error(ApiException.notFound("company", id)));
    }


    @Schema(description = "A company to register", example = """
            {
              "name": "Nidaros Masser AS",
              "orgNumber": "923609016",
              "contactEmail": "post@nidarosmasser.no"
            }""")
    record CompanyRequest(@Schema(description = "The company's name, 1 to 200 characters") String name,
                          @Schema(description = "Norwegian organisation number, 9 digits with a valid mod-11 check "
                                  + "digit")
                          String orgNumber,
                          @Schema(description = "Where the company is reached, an email address") String contactEmail) {

        void validate() {
            FieldErrors errors = new FieldErrors();
            if (errors.required(name, "name")) {
                errors.check(!name.isBlank() && name.length() <= 200, "name", "field.name200");
            }
            if (errors.required(orgNumber, "orgNumber")) {
                errors.check(OrganisationNumber.isValid(orgNumber), "orgNumber",
                        "field.orgNumber");
            }
            if (errors.required(contactEmail, "contactEmail")) {
                errors.check(EMAIL.matcher(contactEmail.trim()).matches() && contactEmail.length() <= 254,
                        "contactEmail", "field.email");
            }
            errors.throwIfAny();
        }
    }
}
