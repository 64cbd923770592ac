/** The audit API: the data protection officer reads the audit trail and checks its chain. */
package org.saferpartnerships.api.audit;
