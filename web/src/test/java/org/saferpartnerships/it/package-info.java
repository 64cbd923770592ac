/**
 * Integration tests on Payara Micro: the registry's services and API (RegistryIT, in the container
 * and as a client) and the pages in a real browser with an accessibility scan (BrowserIT), plus the
 * helpers they deploy.
 */
package org.saferpartnerships.it;
