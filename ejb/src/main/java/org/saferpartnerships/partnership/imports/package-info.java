/**
 * Loading the registry: the shipped reference data loaded at start-up, and administrators' imports
 * of an ONS lookup file into a new vintage after a preview.
 */
package org.saferpartnerships.partnership.imports;
