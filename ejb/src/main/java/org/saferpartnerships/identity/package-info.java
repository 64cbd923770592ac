/**
 * Who a caller is and what they may see: accounts with PBKDF2 password hashes, roles (DESIGN.md
 * section 4), the organisations a user acts for, sign-in lockout, and the {@link
 * org.saferpartnerships.identity.Scope} every query of every context is restricted by.
 */
package org.saferpartnerships.identity;
