package org.rasid.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rasid.core.pipeline.Pipeline;
import org.rasid.store.Store;

/**
 * The web page in headless Chromium (Debian's chromium and chromium-driver, installed by .ci/run) against
 * {@code rasid serve} on loopback over the fixture store: search, open an article, open an actor, filter
 * events, paste an article. A screenshot of each page is kept in target/screenshots.
 */
class WorkbenchBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path dir;
    static Store store;
    static WorkbenchServer server;
    static WebDriver browser;
    static WebDriverWait wait;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        assertThat(CHROMIUM).as("Chromium is needed: apt-get install chromium chromium-driver (.ci/run does)").exists();
        assertThat(CHROMEDRIVER).as("chromedriver is needed: apt-get install chromium-driver (.ci/run does)").exists();
        store = FixtureStore.build(dir.resolve("store"));
        server = WorkbenchServer.start(store, Pipeline.ordered(List.of()), WorkbenchServer.Options.defaults().withPort(0));
        base = "http://127.0.0.1:" + server.port() + "/";
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=1280,900", "--lang=ar", "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")));
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    void searchOpenArticleOpenActorFilterEventsAndAnalyze() throws Exception {
        browser.get(base + "#/search");
        var box = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("q")));
        box.sendKeys("والحوثيين");
        browser.findElement(By.cssSelector("#search-form button")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".hit"), 2));
        assertThat(browser.findElements(By.cssSelector(".hit mark"))).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector("[data-dim=type]")).getText()).contains("airstrike");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        shot("search");

        browser.findElement(By.xpath("//a[contains(@class,'article-link') and contains(., 'عدن')]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("article-text")));
        assertThat(browser.findElement(By.id("article-title")).getText()).isEqualTo("قوات التحالف تستعيد مطار عدن");
        List<WebElement> entities = browser.findElements(By.cssSelector("#article-text .ent"));
        assertThat(entities).extracting(e -> e.getAttribute("data-type")).contains("ORG", "LOC", "PERS");
        assertThat(browser.findElement(By.id("quotes")).getText()).contains("العمليات ستستمر");
        assertThat(browser.findElement(By.id("events-panel")).getText()).contains("attack");
        shot("article");

        browser.findElement(By.cssSelector("#article-text a.ent[href*='Q-houthi']")).click();
        var name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("actor-name")));
        assertThat(name.getText()).isEqualTo("الحوثيون");
        assertThat(browser.findElement(By.id("aliases")).getText()).contains("أنصار الله");
        assertThat(browser.findElements(By.cssSelector("#timeline li"))).hasSize(2);
        assertThat(browser.findElements(By.cssSelector("#actor-graph circle")).size()).isGreaterThanOrEqualTo(3);
        shot("actor");

        browser.get(base + "#/events");
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".event-row"), 3));
        browser.findElement(By.id("filter-type")).sendKeys("airstrike");
        browser.findElement(By.cssSelector("#events-form button")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".event-row"), 1));
        assertThat(browser.findElement(By.id("events-table")).getText()).contains("صنعاء");
        assertThat(browser.findElement(By.id("csv")).getAttribute("href")).contains("format=csv").contains("type=airstrike");
        shot("events");

        browser.get(base + "#/analyze");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("paste"))).sendKeys("عنوان التجربة\nنص قصير عن اجتماع في الرياض.");
        browser.findElement(By.cssSelector("#analyze-form button")).click();
        var text = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("article-text")));
        assertThat(text.getText()).contains("اجتماع في الرياض");
        shot("analyze");
    }

    private static void shot(String page) throws Exception {
        byte[] png = ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(page + ".png"), png);
    }
}
