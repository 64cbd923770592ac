/**
 * How long case reviews are kept: the retention setting and rules, and the batch that anonymises
 * victims' and applicants' personal data once a case passes its period.
 */
package org.saferpartnerships.casereview.retention;
