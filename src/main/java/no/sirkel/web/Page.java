package no.sirkel.web;

import java.util.List;

/**
 * One page of a listing endpoint: the items and the opaque cursor for the next page, null on the last page.
 */
public record Page<T>(List<T> items, String next) {
}
