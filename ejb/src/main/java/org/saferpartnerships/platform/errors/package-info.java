/**
 * How a service refuses: {@code ServiceException} and its kinds ({@code NotFoundException}, {@code
 * ConflictException}) carry a message key and arguments that the pages and the API translate,
 * {@code Violations} turns bean validation into the same shape, and {@code PlainText} is the rule
 * every free-text field passes (no control characters, bounded length).
 */
package org.saferpartnerships.platform.errors;
