package org.saferpartnerships.web.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sign-in through the organisation's own OpenID Connect provider (Entra ID, Google, Keycloak or any
 * other), with Jakarta Security's OpenID Connect mechanism configured from MicroProfile Config:
 * {@code SP_SSO_PROVIDER_URI} (the issuer, whose {@code /.well-known/openid-configuration} is
 * read), {@code SP_SSO_CLIENT_ID}, {@code SP_SSO_CLIENT_SECRET} and {@code SP_SSO_NAME} (the name
 * on the sign-in button). Off while no provider is set; the provider is not contacted until someone
 * chooses to sign in with it. The mechanism runs only for /sso/login and /sso/callback, inside the
 * application's own ({@link SingleSignOnFlow}); the caller's name is the provider's subject and its
 * groups are never used.
 */
@Named("oidcConfig")
@ApplicationScoped
@OpenIdAuthenticationMechanismDefinition(
    providerURI = "${oidcConfig.providerUri}",
    clientId = "${oidcConfig.clientId}",
    clientSecret = "${oidcConfig.clientSecret}",
    redirectURI = "${baseURL}" + SsoSettings.CALLBACK,
    scope = {"openid", "email", "profile"},
    claimsDefinition = @ClaimsDefinition(callerNameClaim = "sub", callerGroupsClaim = "sp_none"),
    logout = @LogoutDefinition(accessTokenExpiry = false, identityTokenExpiry = false),
    tokenAutoRefresh = false,
    jwksConnectTimeout = 5000,
    jwksReadTimeout = 5000)
public class SsoSettings {

  static final String LOGIN = "/sso/login";
  static final String CALLBACK = "/sso/callback";

  @Inject
  @ConfigProperty(name = "sp.sso.provider-uri")
  Optional<String> providerUri;

  @Inject
  @ConfigProperty(name = "sp.sso.client-id")
  Optional<String> clientId;

  @Inject
  @ConfigProperty(name = "sp.sso.client-secret")
  Optional<String> clientSecret;

  @Inject
  @ConfigProperty(name = "sp.sso.name")
  Optional<String> name;

  /** Whether a provider is configured: the sign-in page then offers it. */
  public boolean isEnabled() {
    return providerUri.filter(uri -> !uri.isBlank()).isPresent()
        && clientId.filter(id -> !id.isBlank()).isPresent();
  }

  public String getProviderUri() {
    return providerUri.orElse("");
  }

  public String getClientId() {
    return clientId.orElse("");
  }

  public String getClientSecret() {
    return clientSecret.orElse("");
  }

  /** The provider's name as people know it ("Cambridge City Council"), for the button. */
  public String getName() {
    return name.filter(n -> !n.isBlank()).orElse("");
  }
}
