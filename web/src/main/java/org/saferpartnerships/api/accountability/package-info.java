/**
 * The accountability API: dashboards, grants, meetings, priorities, published reports and report
 * requests of a force area.
 */
package org.saferpartnerships.api.accountability;
