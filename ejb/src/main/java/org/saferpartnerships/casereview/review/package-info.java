/**
 * The review after the threshold is met: information requests to agencies, recommendations and the
 * responses to them, and escalation of a case to the policing body, each with its workflow and the
 * observers that keep the case in step with its work items.
 */
package org.saferpartnerships.casereview.review;
