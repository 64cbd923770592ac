/**
 * What every page shares: Faces configuration, the language a user reads in (English or Welsh,
 * remembered), session cookie settings, and the helpers pages use to show names and messages.
 */
package org.saferpartnerships.web;
