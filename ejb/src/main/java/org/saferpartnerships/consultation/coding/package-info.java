/**
 * Coding answers with themes: the codebook, the analysts' coding and review of each answer, and the
 * agreement between two coders.
 */
package org.saferpartnerships.consultation.coding;
