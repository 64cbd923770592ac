/**
 * The register of crime and disorder reduction grants a policing body makes to partnerships (s9),
 * with their conditions and the monitoring returns due on them.
 */
package org.saferpartnerships.accountability.grants;
