package org.saferpartnerships.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The API's root, documented at /openapi. Jersey's role feature makes {@code @RolesAllowed} on
 * resources work, and its multipart feature reads uploads. Every JSON body passes {@link
 * JsonBodyGuard} before it is bound.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Safer Partnerships API",
            version = "1",
            description =
                "The partnership registry of England and Wales: Community Safety Partnerships, councils,"
                    + " police force areas and their policing bodies, by ONS vintage."),
    security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RestApplication extends Application {

  @Override
  public Map<String, Object> getProperties() {
    return Map.of(
        "jersey.config.server.provider.classnames",
        "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature,"
            + "org.glassfish.jersey.media.multipart.MultiPartFeature");
  }
}
