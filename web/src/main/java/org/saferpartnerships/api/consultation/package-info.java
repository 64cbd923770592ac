/**
 * The consultations API, one resource per part of a consultation: the consultation itself with its
 * questions, tallies and report ({@code ConsultationResource}), and below {@code {id}} its
 * responses, imports, themes and follow-ups, coding, agreement, suggestions, campaigns and
 * discovery, each in its own resource with its request and response records beside it.
 */
package org.saferpartnerships.api.consultation;
