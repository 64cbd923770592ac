/**
 * The accountability pages of a policing body: dashboard, grants register, meetings, priorities,
 * report requests, and the published reports.
 */
package org.saferpartnerships.web.accountability;
