/** The case review API: applications, complaints, the threshold, and the statutory figures. */
package org.saferpartnerships.api.casereview;
