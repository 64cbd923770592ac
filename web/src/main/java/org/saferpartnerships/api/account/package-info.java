/** The API of accounts: administrators' and leads' management, and people's own passwords. */
package org.saferpartnerships.api.account;
