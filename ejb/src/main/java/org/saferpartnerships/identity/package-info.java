/**
 * Who is calling and what they may see, for every context: roles (DESIGN.md section 4), the {@link
 * org.saferpartnerships.identity.Scope} every query is restricted by, the request's {@code
 * CallerScope}, and the rule for who may see personal data. Accounts themselves live in {@code
 * account}.
 */
package org.saferpartnerships.identity;
