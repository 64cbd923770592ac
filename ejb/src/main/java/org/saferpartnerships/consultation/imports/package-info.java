/**
 * Importing responses: the uploaded file, the mapping of its columns to questions (guessed, then
 * confirmed), the parser that checks every row, and the background job that writes the responses
 * all or nothing.
 */
package org.saferpartnerships.consultation.imports;
