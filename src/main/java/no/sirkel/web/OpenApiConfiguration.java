package no.sirkel.web;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}): every call needs a bearer
 * token but reading the materials catalogue and the open indicators.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER = "bearer";
    /** Paths whose GET needs no token: the materials catalogue and the open indicators. */
    private static final List<String> PUBLIC_READS = List.of("/api/v1/materials", "/api/v1/indicators");

    @Bean
    OpenAPI sirkelOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Sirkel API")
                        .version("v1")
                        .description("""
                                Matches surplus materials (excavated masses, industrial by-products) with the \
                                companies that need them in the Trondheim region. Quantities are tonnes unless a unit \
                                is given, coordinates WGS84 (GeoJSON: longitude first), dates ISO yyyy-mm-dd, errors \
                                RFC 9457 problem+json naming the fields at fault. Every call but reading the \
                                materials catalogue and the open indicators needs an Authorization: Bearer token \
                                (roles ADMIN, PLANNER, MEMBER)."""))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .description("A token issued by POST /api/v1/tokens, or the admin token (SIRKEL_ADMIN_TOKEN)")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /** Marks reading the catalogue and the indicators as open to anyone, as the service treats them. */
    @Bean
    OpenApiCustomizer publicReads() {
        return openApi -> openApi.getPaths().forEach((path, item) -> {
            boolean open = PUBLIC_READS.stream().anyMatch(root -> path.equals(root) || path.startsWith(root + "/"));
            if (open && item.getGet() != null) {
                item.getGet().setSecurity(List.of());
            }
        });
    }
}
