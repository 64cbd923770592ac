/**
 * Report requests a policing body sends a partnership (s7): what is asked, by when, the reply the
 * partnership submits, and the request's workflow.
 */
package org.saferpartnerships.accountability.requests;
