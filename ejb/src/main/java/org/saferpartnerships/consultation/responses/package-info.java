/**
 * Responses and their answers: typed in from letters or imported, searched, exported, and counted.
 */
package org.saferpartnerships.consultation.responses;
