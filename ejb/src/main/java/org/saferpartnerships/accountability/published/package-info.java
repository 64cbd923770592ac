/**
 * Reports the public may read: signed-off submissions of the kinds published, with their documents.
 */
package org.saferpartnerships.accountability.published;
