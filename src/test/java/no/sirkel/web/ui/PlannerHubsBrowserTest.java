package no.sirkel.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;
import no.sirkel.IntegrationTest;
import no.sirkel.TestApi;

/**
 * The planner's view of a scenario over months with storage hubs, in headless Chromium: candidate hubs placed on the
 * map, the plan's flows period by period, which candidate opened and a hub's stock over time.
 * Saves {@code target/screenshots/planner-hubs.png}.
 */
@IntegrationTest
class PlannerHubsBrowserTest extends BrowserTest {

    private static final double LON = 4.8;
    private static final double LAT = 58.6;

    @LocalServerPort
    int port;

    @Autowired
    WebTestClient client;

    @Test
    void aPlannerPlacesCandidateHubsSeesWhichOpenedTheFlowsOfEachPeriodAndAHubsStock() throws IOException {
        TestApi api = new TestApi(client);
        UUID digger = api.createCompany("Vestre Tunnel AS");
        UUID builder = api.createCompany("Søndre Veg AS");
        int year = LocalDate.now().getYear() + 1;
        listing(api, "supplies", Map.of("siteId", api.createSite(digger, "Tunnel Vest", LON + 0.05, LAT + 0.05)
                        .toString(), "material", "BLASTED_ROCK", "contaminationClass", 1,
                "quantity", Map.of("amount", 6000, "unit", "t"), "kind", "ONE_OFF",
                "availableFrom", year + "-01-01", "availableTo", year + "-02-28"));
        listing(api, "demands", Map.of("siteId", api.createSite(builder, "Veg Sør", LON + 0.15, LAT + 0.15)
                        .toString(), "accepts", List.of("BLASTED_ROCK"), "maxContaminationClass", 2,
                "quantity", Map.of("amount", 5000, "unit", "t"), "kind", "ONE_OFF",
                "neededFrom", year + "-06-01", "neededTo", year + "-07-31"));
        MapPage.createFacility(api, Map.of("type", "DISPOSAL", "name", "Deponi Vest",
                "location", MapPage.point(LON + 0.08, LAT + 0.02), "gateFeePerTonne", 300,
                "maxContaminationClass", 5));

        MapPage.open(port, api.plannerToken());
        MapPage.script("sirkel.map.fitBounds([[arguments[0], arguments[1]], [arguments[2], arguments[3]]],"
                + " {animate: false});", LAT - 0.05, LON - 0.1, LAT + 0.25, LON + 0.25);
        browser.findElement(By.id("tab-planner")).click();
        WebElement form = browser.findElement(By.id("scenario-form"));
        WebElement name = form.findElement(By.name("name"));
        name.clear();
        name.sendKeys("Vest over måneder");
        WebElement seconds = form.findElement(By.name("seconds"));
        seconds.clear();
        seconds.sendKeys("5");
        MapPage.press(browser.findElement(By.id("region-view")));

        String west = placeCandidate(LAT + 0.10, LON + 0.10, "Kandidat Vest", "50000");
        String dear = placeCandidate(LAT + 0.18, LON + 0.02, "Kandidat Dyr", "1000000000");
        assertThat(browser.findElements(By.cssSelector("#candidate-list li[data-candidate-hub]"))).hasSize(2);
        assertThat(browser.findElements(By.cssSelector(".hub-ring[data-state='draft']"))).hasSize(2);

        MapPage.press(browser.findElement(By.id("scenario-start")));
        WebElement run = browser.findElement(By.id("run"));
        new WebDriverWait(browser, Duration.ofSeconds(90)).until(driver ->
                List.of("SOLVED", "STOPPED", "FAILED").contains(String.valueOf(run.getAttribute("data-status"))));
        assertThat(run.getAttribute("data-status")).as(run.getText()).isEqualTo("SOLVED");

        By openedHub = By.cssSelector("#plan-hub-list li[data-hub-id='" + west + "']");
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .withMessage("the comparison's saving of the opened candidate")
                .until(ExpectedConditions.textToBePresentInElementLocated(openedHub, "sparer"));
        WebElement opened = browser.findElement(openedHub);
        assertThat(opened.getAttribute("data-state")).isEqualTo("opened");
        assertThat(opened.getText()).contains("Kandidat Vest", "åpnet");
        WebElement closed = browser.findElement(By.cssSelector("#plan-hub-list li[data-hub-id='" + dear + "']"));
        assertThat(closed.getAttribute("data-state")).isEqualTo("closed");
        assertThat(closed.getText()).contains("Kandidat Dyr");
        assertThat(browser.findElement(By.cssSelector(".hub-ring[data-hub-id='" + west + "']"))
                .getAttribute("data-state")).isEqualTo("opened");
        assertThat(browser.findElement(By.cssSelector(".leaflet-tooltip.hub-label-opened")).getText())
                .as("the map labels the candidate by its name").startsWith("Kandidat Vest:");

        WebElement slider = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("timeline-slider")));
        assertThat(slider.getAttribute("max")).isEqualTo("12");
        assertThat(flows("TO_HUB")).isPositive();
        assertThat(flows("FROM_HUB")).isPositive();
        slider.sendKeys(Keys.ARROW_RIGHT);
        assertThat(browser.findElement(By.id("timeline")).getAttribute("data-period")).isEqualTo(year + "-01-01");
        assertThat(flows("TO_HUB")).as("January: into the hub").isPositive();
        assertThat(flows("FROM_HUB")).as("January: nothing out of it yet").isZero();
        for (int month = 2; month <= 6; month++) {
            slider.sendKeys(Keys.ARROW_RIGHT);
        }
        assertThat(browser.findElement(By.id("timeline")).getAttribute("data-period")).isEqualTo(year + "-06-01");
        assertThat(flows("FROM_HUB")).as("June: out of the hub to the road").isPositive();
        assertThat(flows("TO_HUB")).as("June: the tunnel is done").isZero();
        assertThat(browser.findElement(By.id("timeline-period")).getText()).startsWith("Periode 6 av 12");

        MapPage.press(opened.findElement(By.cssSelector("button")));
        WebElement stock = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("hub-stock")));
        assertThat(stock.getAttribute("data-hub-id")).isEqualTo(west);
        wait.until(driver -> !driver.findElements(By.cssSelector("#hub-stock-chart canvas")).isEmpty());
        assertThat(browser.findElement(By.id("hub-stock-title")).getText()).contains("Kandidat Vest");
        Browser.saveScreenshot(browser, "planner-hubs");

        MapPage.press(browser.findElement(By.id("timeline-play")));
        wait.until(driver -> Integer.parseInt(slider.getAttribute("value")) >= 8);
    }

    /** Places a candidate hub by clicking the map and fills in its name and opening cost; answers the hub's id. */
    private String placeCandidate(double lat, double lon, String name, String openingCost) {
        MapPage.press(browser.findElement(By.id("candidate-place")));
        MapPage.clickMapAt(lat, lon);
        WebElement candidate = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("candidate-form")));
        WebElement nameField = candidate.findElement(By.name("candidate.name"));
        nameField.clear();
        nameField.sendKeys(name);
        WebElement cost = candidate.findElement(By.name("candidate.openingCost"));
        cost.clear();
        cost.sendKeys(openingCost);
        MapPage.press(browser.findElement(By.id("candidate-add")));
        WebElement listed = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//ul[@id='candidate-list']/li[@data-candidate-hub][strong[text()='" + name + "']]")));
        return listed.getAttribute("data-candidate-hub");
    }

    private static int flows(String kind) {
        return browser.findElements(By.cssSelector("path.flow-" + kind)).size();
    }

    private static void listing(TestApi api, String kind, Map<String, Object> body) {
        api.asAdmin().post().uri("/api/v1/" + kind).bodyValue(body).exchange().expectStatus().isCreated();
    }
}
