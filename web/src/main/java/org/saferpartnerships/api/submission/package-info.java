/** The API of submissions, their review, the grant register and the accountability dashboards. */
package org.saferpartnerships.api.submission;
