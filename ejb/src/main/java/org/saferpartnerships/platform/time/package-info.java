/**
 * Time: the injectable {@code Clock} (tests and the scheduler move it) and the {@code MinutePassed}
 * event the cluster-safe timer fires.
 */
package org.saferpartnerships.platform.time;
