/**
 * What is sent to applicants: letter templates (English and Welsh, edited by administrators), the
 * letters generated from them as PDF, and the case messages e-mailed through the outbox.
 */
package org.saferpartnerships.casereview.letters;
