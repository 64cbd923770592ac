/**
 * The registry itself: GSS-coded areas (councils, partnerships, force areas), organisations, the
 * placement of each partnership in a force area, and the vintages of the ONS mapping each placement
 * belongs to.
 */
package org.saferpartnerships.partnership.registry;
