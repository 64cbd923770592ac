package org.saferpartnerships.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium, with the axe-core accessibility scan every page must
 * pass (WCAG 2.2 A and AA, no serious or critical violation). Nothing is downloaded at test time.
 */
public final class Browser implements AutoCloseable {

  private static final List<String> WCAG =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

  private final WebDriver driver;
  private final URL base;
  private final Path profile;
  private final Path downloads;
  private String lastQuestion;

  public Browser(URL base) {
    this.base = base;
    try {
      profile = Files.createTempDirectory("sp-chromium");
      downloads = Files.createDirectory(profile.resolve("downloads"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String chromium = System.getProperty("sp.chromium", "/usr/bin/chromium");
    String chromedriver = System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
    assertThat(Path.of(chromium))
        .as("Chromium for the browser tests: apt-get install chromium chromium-driver (see README)")
        .isExecutable();
    assertThat(Path.of(chromedriver))
        .as("ChromeDriver for the browser tests: apt-get install chromium-driver (see README)")
        .isExecutable();
    System.setProperty("webdriver.chrome.driver", chromedriver);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,1024",
        "--lang=en-GB",
        // the test server is plain HTTP on a non-local address: as such Chrome holds back
        // downloads of office files (an XLSX stays .crdownload); in use the site is HTTPS
        "--unsafely-treat-insecure-origin-as-secure=" + origin(base),
        "--user-data-dir=" + profile);
    options.setExperimentalOption(
        "prefs",
        java.util.Map.of(
            "download.default_directory",
            downloads.toString(),
            "download.prompt_for_download",
            false));
    // the console is read after each page for Content-Security-Policy violations
    options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
    driver = new ChromeDriver(options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  /**
   * Saves what the window shows as {@code name}.png in the folder the system property
   * sp.screenshots names (target/screenshots by default): the README's pictures are taken this way,
   * with {@code -Dsp.screenshots=$PWD/docs/screenshots}.
   */
  public void screenshot(String name) {
    Path folder = Path.of(System.getProperty("sp.screenshots", "target/screenshots"));
    try {
      Files.createDirectories(folder);
      Files.write(
          folder.resolve(name + ".png"),
          ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits for a downloaded file to be complete and returns its content. */
  public byte[] downloaded(String fileName) {
    Path file = downloads.resolve(fileName);
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .withMessage(() -> fileName + " not downloaded; the folder holds " + downloadedNames())
        .until(
            d -> Files.exists(file) && !Files.exists(downloads.resolve(fileName + ".crdownload")));
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String origin(URL base) {
    return base.getProtocol()
        + "://"
        + base.getHost()
        + (base.getPort() < 0 ? "" : ":" + base.getPort());
  }

  private List<String> downloadedNames() {
    try (var files = Files.list(downloads)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      return List.of(e.toString());
    }
  }

  public WebDriver driver() {
    return driver;
  }

  public void open(String path) {
    String root = base.toString().endsWith("/") ? base.toString() : base + "/";
    driver.get(root + path);
  }

  public void signIn(String username, String password) {
    open("login.xhtml");
    type(By.id("login:username"), username);
    type(By.id("login:password"), password);
    submit(By.id("login:signIn"));
    waitFor(By.cssSelector("h1"));
  }

  public void signOut() {
    driver.findElement(By.id("signOutForm:signOut")).click();
    waitFor(By.id("signedOutMessage"));
  }

  /**
   * Clicks something that submits a whole page, and waits until the next page has replaced it. A
   * button for an irreversible step asks first (data-sp-confirm): the question is answered yes and
   * kept for {@link #lastQuestion}.
   */
  public void submit(By button) {
    WebElement page = driver.findElement(By.tagName("html"));
    WebElement target = driver.findElement(button);
    boolean asks = asks(target);
    target.click();
    if (asks) {
      answer(true);
    }
    waitUntilReplaced(page);
  }

  /** As {@link #submit} with the keyboard: Enter on the focused button, no mouse. */
  public void press(By button) {
    WebElement page = driver.findElement(By.tagName("html"));
    WebElement target = driver.findElement(button);
    boolean asks = asks(target);
    target.sendKeys(Keys.ENTER);
    if (asks) {
      answer(true);
    }
    waitUntilReplaced(page);
  }

  /**
   * Clicks a button that asks before an irreversible step and answers no: returns the question; the
   * page stays as it was.
   */
  public String decline(By button) {
    WebElement target = driver.findElement(button);
    assertThat(asks(target)).as(button + " asks before it acts").isTrue();
    target.click();
    answer(false);
    assertThat(target.isDisplayed()).as("the page is still there").isTrue();
    return lastQuestion;
  }

  /** The question the last irreversible step asked. */
  public String lastQuestion() {
    return lastQuestion;
  }

  /** Whether leaving the page now would ask first: it holds changes not yet saved. */
  public boolean leavingWouldWarn() {
    return Boolean.TRUE.equals(
        ((org.openqa.selenium.JavascriptExecutor) driver)
            .executeScript(
                "var e = new Event('beforeunload', {cancelable: true});"
                    + " window.dispatchEvent(e); return e.defaultPrevented;"));
  }

  private static boolean asks(WebElement button) {
    String question = button.getAttribute("data-sp-confirm");
    return question != null && !question.isBlank();
  }

  private void answer(boolean yes) {
    org.openqa.selenium.Alert alert =
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent());
    lastQuestion = alert.getText();
    if (yes) {
      alert.accept();
    } else {
      alert.dismiss();
    }
  }

  /** Chooses a radio button or ticks a checkbox with the space bar. */
  public void choose(By control) {
    driver.findElement(control).sendKeys(Keys.SPACE);
  }

  private void waitUntilReplaced(WebElement page) {
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .ignoring(WebDriverException.class)
        .until(
            d -> {
              try {
                page.getTagName();
                return false;
              } catch (StaleElementReferenceException replaced) {
                return true;
              }
            });
    waitFor(By.cssSelector("h1"));
  }

  public void type(By field, String text) {
    WebElement element = driver.findElement(field);
    element.clear();
    element.sendKeys(text);
  }

  public WebElement waitFor(By locator) {
    return waitFor(locator, Duration.ofSeconds(20));
  }

  /** As {@link #waitFor(By)}, for what takes longer: a large import, a training. */
  public WebElement waitFor(By locator, Duration timeout) {
    return new WebDriverWait(driver, timeout)
        .until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  /**
   * Waits for the text, polling again when the element is swapped out under the poll (the page
   * being replaced, or a partial update), which the driver reports in more than one way.
   */
  public void waitForText(By locator, String text) {
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .ignoring(WebDriverException.class)
        .until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
  }

  public String text(By locator) {
    return driver.findElement(locator).getText();
  }

  public String heading() {
    return text(By.cssSelector("h1"));
  }

  /**
   * Fails with the rule ids, help and first offending element of every serious or critical
   * violation.
   */
  public void assertAccessible(String page) {
    assertAccessibleAtThisSize(page);
    Dimension desktop = driver.manage().window().getSize();
    driver.manage().window().setSize(PHONE);
    try {
      assertAccessibleAtThisSize(page + " on a phone");
      assertFitsTheWidth(page + " on a phone");
    } finally {
      driver.manage().window().setSize(desktop);
    }
  }

  /** A phone's screen: 390 by 844 CSS pixels. */
  private static final Dimension PHONE = new Dimension(390, 844);

  /** Fails when the page is wider than the window: it would scroll sideways. */
  public void assertFitsTheWidth(String page) {
    Object widths =
        ((org.openqa.selenium.JavascriptExecutor) driver)
            .executeScript(
                "var d = document.documentElement; var wide = [];"
                    + " function clipped(e) { for (var a = e.parentElement; a && a !== document.body;"
                    + "  a = a.parentElement) { var o = getComputedStyle(a).overflowX;"
                    + "  if (o !== 'visible' && getComputedStyle(a).position !== 'static'"
                    + "   || o !== 'visible' && getComputedStyle(e).position !== 'absolute') {"
                    + "   return true; } } return false; }"
                    + " document.querySelectorAll('body *').forEach(function (e) {"
                    + "  var r = e.getBoundingClientRect();"
                    + "  if (r.width > 0 && r.right > d.clientWidth + 1 && !clipped(e)) {"
                    + "   wide.push(e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className"
                    + "     + ' ' + Math.round(r.right)); } });"
                    + " return [d.scrollWidth, d.clientWidth, wide.slice(0, 6).join('; ')];");
    List<?> measured = (List<?>) widths;
    long scrollWidth = ((Number) measured.get(0)).longValue();
    long clientWidth = ((Number) measured.get(1)).longValue();
    assertThat(scrollWidth)
        .as(page + " fits its " + clientWidth + " px; too wide: " + measured.get(2))
        .isLessThanOrEqualTo(clientWidth);
  }

  private void assertAccessibleAtThisSize(String page) {
    Results results = new AxeBuilder().withTags(WCAG).analyze(driver);
    List<Rule> serious =
        results.getViolations().stream()
            .filter(
                rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
            .toList();
    String report =
        serious.stream()
            .map(
                rule ->
                    rule.getId()
                        + " ("
                        + rule.getImpact()
                        + "): "
                        + rule.getHelp()
                        + " at "
                        + rule.getNodes().stream()
                            .limit(3)
                            .map(node -> String.valueOf(node.getTarget()))
                            .collect(Collectors.joining(", ")))
            .collect(Collectors.joining("\n"));
    assertThat(results.getPasses()).as("axe ran its rules on " + page).hasSizeGreaterThan(10);
    List<String> console =
        driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
            .map(org.openqa.selenium.logging.LogEntry::getMessage)
            .toList();
    assertThat(console.stream().filter(message -> message.contains("Content Security Policy")))
        .as("scripts or styles the page's policy refused on " + page)
        .isEmpty();
    assertThat(console.stream().filter(Browser::failedResource))
        .as("resources that failed to load on " + page + " (or the pages before it)")
        .isEmpty();
    assertThat(serious).as("accessibility of " + page + ":\n" + report).isEmpty();
  }

  /**
   * A script, style, image or other resource the page asked for that did not load; a page opened on
   * purpose to see its 403 or 404 is not one.
   */
  private static boolean failedResource(String message) {
    if (!message.contains("Failed to load resource")) {
      return false;
    }
    String url = message.split(" ", 2)[0];
    return !url.contains(".xhtml") || url.contains("/jakarta.faces.resource/");
  }

  @Override
  public void close() {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException ignored) {
      // a temporary profile left behind is harmless
    }
  }
}
