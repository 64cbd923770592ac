/**
 * How the application runs, below every context: persistence conventions, errors, time, files, mail
 * and start-up, each in its own package.
 */
package org.saferpartnerships.platform;
