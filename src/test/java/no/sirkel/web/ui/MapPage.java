package no.sirkel.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.core.ParameterizedTypeReference;
import no.sirkel.TestApi;

/** The web map at {@code /} as browser tests drive it, in the {@link BrowserTest}'s browser. */
final class MapPage {

    private MapPage() {
    }

    /** Opens the app afresh with the token in the address fragment, as automation does. */
    static void open(int port, String token) {
        BrowserTest.browser.get("about:blank");
        BrowserTest.browser.get("http://localhost:" + port + "/#token=" + token);
        BrowserTest.wait.until(ExpectedConditions.attributeToBeNotEmpty(
                BrowserTest.browser.findElement(By.id("who-role")), "data-role"));
        BrowserTest.wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-features-loaded", "true"));
    }

    static Object script(String javascript, Object... arguments) {
        return BrowserTest.browser.executeScript(javascript, arguments);
    }

    /**
     * Clicks a control of the sidebar after bringing it to the middle of the view, where the sticky tabs cannot cover
     * it (Selenium counts a control under them as in view).
     */
    static void press(WebElement control) {
        script("arguments[0].scrollIntoView({block: 'center'});", control);
        control.click();
    }

    /** Clicks the map where the WGS84 position is in the current view. */
    static void clickMapAt(double lat, double lon) {
        WebElement map = BrowserTest.browser.findElement(By.id("map"));
        @SuppressWarnings("unchecked")
        Map<String, Number> point = (Map<String, Number>) script(
                "const p = sirkel.map.latLngToContainerPoint([arguments[0], arguments[1]]); return {x: p.x, y: p.y};",
                lat, lon);
        assertThat(point.get("x").doubleValue()).as("x of %s,%s in a map of %s", lat, lon, map.getSize())
                .isBetween(0.0, (double) map.getSize().getWidth());
        assertThat(point.get("y").doubleValue()).as("y of %s,%s in a map of %s", lat, lon, map.getSize())
                .isBetween(0.0, (double) map.getSize().getHeight());
        int x = (int) Math.round(point.get("x").doubleValue() - map.getSize().getWidth() / 2.0);
        int y = (int) Math.round(point.get("y").doubleValue() - map.getSize().getHeight() / 2.0);
        new Actions(BrowserTest.browser).moveToElement(map, x, y).click().perform();
    }

    /** A GeoJSON Point, WGS84. */
    static Map<String, Object> point(double lon, double lat) {
        return Map.of("type", "Point", "coordinates", List.of(lon, lat));
    }

    /** Registers a facility as an admin and returns its id. */
    static UUID createFacility(TestApi api, Map<String, Object> facility) {
        Map<String, Object> body = api.asAdmin().post().uri("/api/v1/facilities").bodyValue(facility).exchange()
                .expectStatus().isCreated().expectBody(new ParameterizedTypeReference<Map<String, Object>>() { })
                .returnResult().getResponseBody();
        return UUID.fromString((String) body.get("id"));
    }
}
