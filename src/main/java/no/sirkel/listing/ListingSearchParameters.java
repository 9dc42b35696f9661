package no.sirkel.listing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Documents the query parameters of a listing search ({@link ListingQuery}) on every operation that reads them from
 * the query string as a whole: the searches of supplies and demands and their exports.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Parameter(in = ParameterIn.QUERY, name = "material", description = "A material code: supplies of it, demands that"
        + " accept it")
@Parameter(in = ParameterIn.QUERY, name = "status", description = "States to include, comma-separated: DRAFT, ACTIVE,"
        + " CLOSED, MATCHED (ACTIVE where left out)")
@Parameter(in = ParameterIn.QUERY, name = "companyId", description = "Only this company's listings (its id); for a"
        + " member only its own company", schema = @Schema(type = "string", format = "uuid"))
@Parameter(in = ParameterIn.QUERY, name = "bbox")
@Parameter(in = ParameterIn.QUERY, name = "near", description = "Circle centre lat,lon in WGS84 degrees (latitude"
        + " first), with radiusKm")
@Parameter(in = ParameterIn.QUERY, name = "radiusKm", description = "Radius of the `near` circle, great-circle km",
        schema = @Schema(type = "number"))
@Parameter(in = ParameterIn.QUERY, name = "from", description = "Only listings whose window ends on or after this"
        + " day, ISO yyyy-mm-dd (open ends overlap)", schema = @Schema(type = "string", format = "date"))
@Parameter(in = ParameterIn.QUERY, name = "to", description = "Only listings whose window starts on or before this"
        + " day, ISO yyyy-mm-dd", schema = @Schema(type = "string", format = "date"))
@Parameter(in = ParameterIn.QUERY, name = "limit", description = "Items per page, 1 to 1000 (100 by default)",
        schema = @Schema(type = "integer"))
@Parameter(in = ParameterIn.QUERY, name = "cursor")
public @interface ListingSearchParameters {
}
