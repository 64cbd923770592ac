/**
 * The victims of a case review: who they are, how they are involved, the reports they made, and the
 * audited log of who viewed or changed them.
 */
package org.saferpartnerships.casereview.victims;
