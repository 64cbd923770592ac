/**
 * Work items: the entity, its history of events, the service that takes actions on it under its
 * workflow's rules, the repository behind inboxes (paged and filtered in SQL), and who may see an
 * item.
 */
package org.saferpartnerships.workflow.items;
