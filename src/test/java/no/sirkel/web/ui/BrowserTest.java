package no.sirkel.web.ui;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium per browser test class ({@link Browser#start}), started before its tests and quit after them,
 * with a wait of up to 30 s for what the page draws. Where Chromium is missing the class's tests are skipped.
 */
abstract class BrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    static ChromeDriver browser;
    static WebDriverWait wait;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
        wait = new WebDriverWait(browser, WAIT);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }
}
