/**
 * Signing in and out: the one HTTP authentication mechanism (form login for pages, HTTP Basic for
 * the API, both against the account identity store), the sign-in page and the signed-in user's
 * details for the page header.
 */
package org.saferpartnerships.web.identity;
