package no.sirkel.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import no.sirkel.DealFixture;
import no.sirkel.IntegrationTest;
import no.sirkel.TestApi;
import no.sirkel.delivery.Delivery;

/**
 * The deliveries page at {@code /deliveries} in headless Chromium: the receiving side records a delivery through the
 * form and the supplying side sees it and disputes it. Saves {@code target/screenshots/deliveries.png}.
 */
@IntegrationTest
class DeliveriesPageBrowserTest extends BrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    WebTestClient client;

    @Autowired
    DatabaseClient db;

    @Test
    void theReceiverRecordsADeliveryThroughTheFormAndTheSupplierDisputesIt() throws IOException {
        TestApi api = new TestApi(client);
        UUID supplierCompany = api.createCompany("Sprengstein AS");
        UUID receiverCompany = api.createCompany("Fylling Nord AS");
        LocalDate today = LocalDate.now(Delivery.CALENDAR);
        UUID deal = new DealFixture(api, db).deal(supplierCompany, receiverCompany, 90, 14, today.minusDays(20),
                today.plusDays(20));

        open(api.memberToken(receiverCompany));
        WebElement card = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-deal='" + deal + "'] form")));
        WebElement date = card.findElement(By.name("date"));
        browser.executeScript("arguments[0].value = arguments[1]", date,
                today.minusDays(1).format(DateTimeFormatter.ISO_LOCAL_DATE));
        card.findElement(By.name("tonnes")).sendKeys("30");
        card.findElement(By.name("truckTrips")).sendKeys("2");
        card.findElement(By.name("ticket")).sendKeys("VV-77");
        card.findElement(By.cssSelector("button[type='submit']")).click();
        wait.until(driver -> driver.findElements(By.cssSelector("[data-deal='" + deal + "'] tr[data-delivery]"))
                .size() == 1);
        assertThat(browser.findElement(By.cssSelector("[data-deal='" + deal + "']")).getText()).contains("VV-77")
                .containsAnyOf("Gjenstår 60 t", "Still due 60 t");

        open(api.memberToken(supplierCompany));
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-deal='" + deal + "'] tr[data-delivery]")));
        row.findElement(By.tagName("input")).sendKeys("Vekten viser 20 t");
        row.findElement(By.tagName("button")).click();
        wait.ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElement(By.cssSelector("[data-deal='" + deal + "']")).getText()
                        .contains("Vekten viser 20 t"));
        Browser.saveScreenshot(browser, "deliveries");
    }

    private void open(String token) {
        browser.get("http://localhost:" + port + "/deliveries#token=" + token);
        browser.navigate().refresh();
    }
}
