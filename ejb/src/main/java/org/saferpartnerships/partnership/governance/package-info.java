/**
 * Who holds PCC functions in each force area over time (a PCC, a PFCC or a mayor), transfers
 * between them, and the event fired when the holder changes.
 */
package org.saferpartnerships.partnership.governance;
