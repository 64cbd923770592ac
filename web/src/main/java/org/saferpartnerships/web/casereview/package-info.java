/** The case review pages: the coordinator's list, a case, recording an application. */
package org.saferpartnerships.web.casereview;
