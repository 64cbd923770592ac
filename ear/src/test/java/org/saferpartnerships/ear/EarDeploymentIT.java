package org.saferpartnerships.ear;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The EAR the build made, deployed unchanged by Arquillian to a full Payara Server (the 6.2025.10
 * zip from Maven Central, started by the ear module's build): it migrates its database, seeds the
 * registry and answers the CSP list through the API, with the same sign-in and roles as on Micro.
 */
@ExtendWith(ArquillianExtension.class)
class EarDeploymentIT {

  private static final String ADMIN = "admin:admin-demo-2026";
  private static final URI BASE =
      URI.create(System.getProperty("sp.ear.http", "http://localhost:28080/"));

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    File ear = new File(System.getProperty("sp.ear", "target/safer-partnerships.ear"));
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
  }

  @Test
  @RunAsClient
  void theEarServesTheCspListThroughTheApi() throws Exception {
    HttpResponse<String> csps = get("api/v1/csps?size=500", ADMIN);

    assertThat(csps.statusCode()).isEqualTo(200);
    assertThat(csps.body())
        .contains("\"total\":314")
        .contains("\"code\":\"E22000013\"")
        .contains("Ynys Môn");
  }

  @Test
  @RunAsClient
  void theEarKeepsSignInAndRolesAsOnMicro() throws Exception {
    assertThat(get("api/v1/csps", null).statusCode()).isEqualTo(401);
    assertThat(get("api/v1/csps", "admin:wrong-password").statusCode()).isEqualTo(401);
    assertThat(
            delete("api/v1/registry/vintages/999999", "coordinator:coordinator-demo-2026")
                .statusCode())
        .isEqualTo(403);
    assertThat(delete("api/v1/registry/vintages/999999", ADMIN).statusCode()).isEqualTo(404);
  }

  @Test
  @RunAsClient
  void theEarServesThePagesToo() throws Exception {
    HttpResponse<String> login = get("login.xhtml", null);

    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.body()).contains("Sign in").contains("jakarta.faces.ViewState");
  }

  private static HttpResponse<String> get(String path, String credentials) throws Exception {
    return send(request(path, credentials).GET().build());
  }

  private static HttpResponse<String> delete(String path, String credentials) throws Exception {
    return send(request(path, credentials).DELETE().build());
  }

  private static HttpRequest.Builder request(String path, String credentials) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(BASE.resolve(path));
    if (credentials != null) {
      builder.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    return builder;
  }

  private static HttpResponse<String> send(HttpRequest request) throws Exception {
    return HttpClient.newHttpClient()
        .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
