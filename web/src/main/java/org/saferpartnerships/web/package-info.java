/**
 * What every page shares: Faces configuration, the language a user reads in (English or Welsh,
 * remembered), session cookie settings, and the helpers pages use to show names and messages,
 * refusals shown once ({@code ShowsRefusal}) and the 404 answer for what a user may not see ({@code
 * Hidden}).
 */
package org.saferpartnerships.web;
