/**
 * Reading ONS LAD to CSP to PFA lookup files in the shapes they really come in (year-suffixed or
 * renamed columns, comma or semicolon, CRLF, a byte-order mark, UTF-8 or Windows-1252) and checking
 * them whole: a file is either read completely or rejected with every problem by line number.
 * Nothing here touches the database.
 */
package org.saferpartnerships.partnership.lookup;
