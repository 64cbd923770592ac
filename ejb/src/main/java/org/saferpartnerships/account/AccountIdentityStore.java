package org.saferpartnerships.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;
import org.saferpartnerships.identity.Role;

/**
 * The database identity store of Jakarta Security: validates a username and password against the
 * account table (PBKDF2) and returns the account's roles as its groups. Written rather than
 * declared with {@code @DatabaseIdentityStoreDefinition} because a locked account must be refused
 * without checking the password, and failures must be counted.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  @EJB private AccountService accounts;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    Verification verification = accounts.verify(login.getCaller(), login.getPasswordAsString());
    if (!verification.valid()) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    return new CredentialValidationResult(
        verification.username(),
        verification.roles().stream().map(Role::name).collect(Collectors.toSet()));
  }
}
