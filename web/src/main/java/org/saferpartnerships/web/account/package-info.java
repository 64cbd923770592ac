/**
 * Signing in: the authentication mechanism for pages (form) and the API (HTTP Basic), the sign-in
 * throttle, the cache of checked credentials, the return address after sign-in, and the signed-in
 * user's details for pages.
 */
package org.saferpartnerships.web.account;
