package no.sirkel.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import no.sirkel.DealFixture;
import no.sirkel.IntegrationTest;
import no.sirkel.TestApi;

/**
 * What a member meets on the web map, in headless Chromium: the new-listing form shows only the fields of the kind
 * chosen, a listing's candidates open in sight, and proposals say what, how much, from which scenario and when.
 */
@IntegrationTest
class MemberViewsBrowserTest extends BrowserTest {

    private static final double LON = 5.3;
    private static final double LAT = 58.9;

    @LocalServerPort
    int port;

    @Autowired
    WebTestClient client;

    @Autowired
    DatabaseClient db;

    @Test
    void theNewListingFormShowsOnlyTheFieldsOfTheChosenKind() {
        TestApi api = new TestApi(client);
        UUID company = api.createCompany("Skjemaets Art AS");
        MapPage.open(port, api.memberToken(company));
        browser.findElement(By.id("tab-company")).click();
        WebElement form = browser.findElement(By.id("listing-form"));

        assertThat(field(form, "material").isDisplayed()).isTrue();
        assertThat(field(form, "contaminationClass").isDisplayed()).isTrue();
        assertThat(field(form, "accepts").isDisplayed()).as("a supply accepts nothing").isFalse();
        assertThat(field(form, "maxContaminationClass").isDisplayed()).isFalse();
        assertThat(field(form, "maxHaulKm").isDisplayed()).isFalse();

        form.findElement(By.cssSelector("input[name='type'][value='demand']")).click();
        assertThat(field(form, "material").isDisplayed()).isFalse();
        assertThat(field(form, "contaminationClass").isDisplayed()).isFalse();
        assertThat(field(form, "accepts").isDisplayed()).isTrue();
        assertThat(field(form, "maxContaminationClass").isDisplayed()).isTrue();
        assertThat(field(form, "maxHaulKm").isDisplayed()).isTrue();
    }

    @Test
    void aMembersCandidateListOpensInSight() {
        TestApi api = new TestApi(client);
        UUID company = api.createCompany("Synlige Kandidater AS");
        UUID other = api.createCompany("Motpart AS");
        UUID supply = api.createSupply(api.createSite(company, "Grop Nord", LON, LAT), "CLAY", 1, 900);
        api.createDemand(api.createSite(other, "Fylling Nord", LON + 0.02, LAT + 0.01), List.of("CLAY"), 2, 700);
        MapPage.open(port, api.memberToken(company));
        browser.findElement(By.id("tab-company")).click();

        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(
                "#listing-list li[data-listing-id='" + supply + "'] button:last-child"))).click();
        WebElement candidates = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#candidates li[data-candidate-id]")));
        assertThat((Boolean) MapPage.script("const box = arguments[0].getBoundingClientRect();"
                + " return box.top >= 0 && box.bottom <= window.innerHeight;", candidates))
                .as("the first candidate is in sight without scrolling").isTrue();
    }

    @Test
    void aMemberTellsTwoProposalsApartByMaterialTonnesScenarioAndDate() {
        TestApi api = new TestApi(client);
        UUID supplier = api.createCompany("Grusleverandør AS");
        UUID receiver = api.createCompany("Grusmottaker AS");
        DealFixture deals = new DealFixture(api, db);
        LocalDate from = LocalDate.now().plusDays(10);
        UUID first = deals.deal(supplier, receiver, 90, 12, from, from.plusDays(30));
        UUID second = deals.deal(supplier, receiver, 40, 8, from, from.plusDays(30));
        MapPage.open(port, api.memberToken(receiver));
        browser.findElement(By.id("tab-proposals")).click();

        WebElement one = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#proposal-list li[data-proposal-id='" + first + "']")));
        WebElement other = browser.findElement(By.cssSelector("#proposal-list li[data-proposal-id='" + second + "']"));
        assertThat(one.findElement(By.className("proposal-what")).getText()).isEqualTo("Grus: 90 t");
        assertThat(other.findElement(By.className("proposal-what")).getText()).isEqualTo("Grus: 40 t");
        String origin = one.findElement(By.className("proposal-origin")).getText();
        assertThat(origin).startsWith("Scenario ").contains("publisert ").doesNotContain("–");
        assertThat(other.findElement(By.className("proposal-origin")).getText()).as("another scenario")
                .isNotEqualTo(origin);
    }

    /** The label around a form control: what a user sees of the field. */
    private static WebElement field(WebElement form, String name) {
        return form.findElement(By.name(name)).findElement(By.xpath("ancestor::label"));
    }

}
