/**
 * Meetings between a policing body and the partnerships of its force area (reg 14A): agenda,
 * attendance, minutes and the actions agreed, each action routed as a work item.
 */
package org.saferpartnerships.accountability.meetings;
