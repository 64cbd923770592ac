package org.saferpartnerships.account.sso;

/**
 * What an OpenID Connect provider said of the person signing in, from its validated identity token:
 * who they are there (issuer and subject), their e-mail address and whether the provider verified
 * it, and their name. Roles are never read from it.
 */
public record ProviderClaims(
    String issuer, String subject, String email, boolean emailVerified, String name) {}
