package org.saferpartnerships.web.account;

import jakarta.security.enterprise.credential.Credential;

/** The code typed on the second sign-in page: from the authenticator app, or a recovery code. */
record SecondFactorCredential(String code) implements Credential {}
