/**
 * Theme suggestions: runs of the local classifier over uncoded answers, their scores, the writer
 * that stores them, and discovery of topics before any coding.
 */
package org.saferpartnerships.consultation.suggestions;
