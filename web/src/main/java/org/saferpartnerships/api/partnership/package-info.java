/** The registry API: CSPs, police force areas, councils, vintages and lookup imports. */
package org.saferpartnerships.api.partnership;
