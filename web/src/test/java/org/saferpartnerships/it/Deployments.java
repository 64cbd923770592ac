package org.saferpartnerships.it;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archives integration tests deploy. Black-box tests deploy the WAR the build made, unchanged;
 * in-container tests deploy the same WAR with the test package added and Arquillian's runner
 * servlet opened to anonymous calls (everything else stays behind sign-in).
 */
public final class Deployments {

  private static final String RUNNER_PUBLIC =
      "  <security-constraint>\n"
          + "    <web-resource-collection>\n"
          + "      <web-resource-name>arquillian</web-resource-name>\n"
          + "      <url-pattern>/ArquillianServletRunner</url-pattern>\n"
          + "      <url-pattern>/ArquillianServletRunnerEE9</url-pattern>\n"
          + "    </web-resource-collection>\n"
          + "  </security-constraint>\n";

  private Deployments() {}

  /** The application exactly as built: web/target/safer-partnerships.war. */
  public static WebArchive application() {
    File war = new File(System.getProperty("sp.war", "target/safer-partnerships.war"));
    return ShrinkWrap.createFromZipFile(WebArchive.class, war);
  }

  /**
   * The application with this test package and AssertJ inside, for tests that run in the container.
   */
  public static WebArchive applicationWithTests() {
    WebArchive war = application().addPackage(Deployments.class.getPackage());
    war.addAsLibrary(jarOf(org.assertj.core.api.Assertions.class));
    String webXml = read(war);
    war.delete("/WEB-INF/web.xml");
    war.setWebXML(
        new StringAsset(
            webXml.replace(
                "  <!-- Open to everyone:", RUNNER_PUBLIC + "  <!-- Open to everyone:")));
    return war;
  }

  /**
   * As {@link #applicationWithTests}, deployed at the server's root as the application runs in use:
   * for tests of what the server itself answers beside the application (its /metrics).
   */
  public static WebArchive applicationWithTestsAtRoot() {
    return ShrinkWrap.create(WebArchive.class, "ROOT.war").merge(applicationWithTests());
  }

  /** The files tests read, kept in the repository with their sources (see NOTICE.md there). */
  public static Path testData() {
    return Path.of("../ejb/src/test/resources/data");
  }

  private static String read(WebArchive war) {
    try (var in = war.get("/WEB-INF/web.xml").getAsset().openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] bytes(Path path) {
    try {
      return Files.readAllBytes(path);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
