package no.sirkel.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One page of a listing endpoint: the items and the opaque cursor for the next page, null on the last page.
 */
public record Page<T>(@Schema(description = "The page's items, in the list's order") List<T> items,
                      @Schema(description = "The cursor of the next page (pass it back as `cursor`); null on the last "
                              + "page")
                      String next) {
}
