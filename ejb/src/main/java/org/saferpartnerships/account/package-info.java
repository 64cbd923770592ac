/**
 * User accounts: {@code Account} with its PBKDF2 password hash, roles and the organisations it acts
 * for, sign-in lockout ({@code LoginState}), the identity store Jakarta Security asks ({@code
 * AccountIdentityStore}), and {@code ScopeService}, which turns an account into the {@link
 * org.saferpartnerships.identity.Scope} every query is restricted by.
 */
package org.saferpartnerships.account;
