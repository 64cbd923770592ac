/**
 * The pages of submissions and their review, the submission calendar and review checklist, the
 * grant register and the accountability dashboards.
 */
package org.saferpartnerships.web.submission;
