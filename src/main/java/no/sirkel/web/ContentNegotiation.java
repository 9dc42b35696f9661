package no.sirkel.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.server.NotAcceptableStatusException;

/**
 * Picks the representation of a resource from an {@code Accept} header, for endpoints that offer several (JSON,
 * GeoJSON, CSV): the first offered type the highest-quality accepted range includes, so that {@code *}{@code /*}
 * gets the first offer (plain JSON) and GeoJSON or CSV come only when asked for.
 */
public final class ContentNegotiation {

    private ContentNegotiation() {
    }

    /**
     * @param accept  the {@code Accept} header, or null
     * @param offered what the endpoint can give, the default first
     * @return the chosen type; 400 naming {@code Accept} where the header cannot be read, 406 where nothing fits
     */
    public static MediaType choose(String accept, List<MediaType> offered) {
        if (accept == null || accept.isBlank()) {
            return offered.get(0);
        }
        List<MediaType> wanted;
        try {
            wanted = new ArrayList<>(MediaType.parseMediaTypes(accept));
        } catch (InvalidMediaTypeException e) {
            throw ApiException.badRequest("Accept", "field.accept");
        }
        wanted.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType range : wanted) {
            for (MediaType offer : offered) {
                if (range.includes(offer)) {
                    return offer;
                }
            }
        }
        throw new NotAcceptableStatusException(offered);
    }
}
