/** The pages on which administrators and organisations' leads manage accounts. */
package org.saferpartnerships.web.accounts;
