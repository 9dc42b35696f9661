package no.sirkel.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import no.sirkel.IndicatorHistory;
import no.sirkel.IntegrationTest;
import no.sirkel.TestApi;

/**
 * The public indicators page at {@code /indicators} in headless Chromium, without a token, over the hand-made
 * {@link IndicatorHistory}: its charts are drawn, and March 2025's fall against March 2024 is marked worse with the
 * number. Saves a screenshot to {@code target/screenshots/indicators.png}.
 */
@IntegrationTest
class IndicatorsPageBrowserTest extends BrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    WebTestClient client;

    @Autowired
    DatabaseClient db;

    @Test
    void thePublicPageDrawsTheChartsAndMarksAFallAgainstLastYearAsWorseWithTheNumber() throws IOException {
        IndicatorHistory history = IndicatorHistory.build(new TestApi(client), db);
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/indicators?from=2024-04&to=2025-03&municipality="
                + URLEncoder.encode(history.municipality(), StandardCharsets.UTF_8));

        WebElement reused = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#summary tr[data-indicator='reusedTonnes']")));
        List<WebElement> cells = reused.findElements(By.tagName("td"));
        assertThat(cells.get(1).getText()).contains("120");
        assertThat(cells.get(2).getAttribute("class")).isEqualTo("worse");
        assertThat(cells.get(2).getText()).contains("180").contains("60 %").containsAnyOf("verre", "worse");
        WebElement landfill = browser.findElement(By.cssSelector("#summary tr[data-indicator='landfillTonnes']"));
        assertThat(landfill.getText()).containsAnyOf("færre enn 3", "fewer than 3");

        wait.until(driver -> driver.findElements(By.cssSelector(".chart-card canvas")).size() >= 8);
        WebElement tonnes = browser.findElement(By.cssSelector(".chart-card[data-chart='tonnes']"));
        assertThat(tonnes.findElement(By.cssSelector(".worst")).getText()).contains("2025-03").contains("180");
        assertThat(tonnes.findElements(By.cssSelector(".links a"))).extracting(link -> link.getAttribute("href"))
                .anySatisfy(href -> assertThat(href).contains("indicator=reusedTonnes").contains("format=csv"));
        assertThat(browser.findElement(By.id("definitions")).getText()).contains("Median")
                .as("units in Norwegian on the Norwegian page").contains("(billass)", "(firmaer)", "(annonser)")
                .doesNotContain("(trips)", "(firms)", "(listings)");

        browser.findElement(By.id("lang-toggle")).click();
        String switched = browser.findElement(By.id("summary-title")).getText();
        assertThat(switched).containsAnyOf("Last month", "Siste måned");
        browser.executeScript("document.getElementById('charts').scrollIntoView()");
        wait.until(driver -> driver.findElements(By.cssSelector(".chart-card canvas")).size() >= 8);
        Browser.saveScreenshot(browser, "indicators");
    }
}
