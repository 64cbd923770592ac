/** The organisations that are members of a Community Safety Partnership, and in what role. */
package org.saferpartnerships.partnership.membership;
