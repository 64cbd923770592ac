/**
 * Files people upload and download: {@code TableReader} (CSV, XLSX and a streaming ODS reader, each
 * with row, column and cell limits), {@code TableWriter} for list downloads, and {@code PdfPages}
 * for letters and reports with the bundled DejaVu fonts.
 */
package org.saferpartnerships.platform.files;
