/**
 * The complaints an application links to: who reported what, to which agency and when, and the
 * facts the threshold engine counts from them.
 */
package org.saferpartnerships.casereview.complaints;
