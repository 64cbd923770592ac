/**
 * The police and crime plan's priorities and the matrix of how each partnership plan aligns with
 * them, edited with a version token so that two reviewers cannot overwrite each other.
 */
package org.saferpartnerships.accountability.priorities;
