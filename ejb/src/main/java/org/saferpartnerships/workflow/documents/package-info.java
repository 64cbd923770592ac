/**
 * Documents attached to work items: the upload, its type and size rules, and the stored attachment.
 */
package org.saferpartnerships.workflow.documents;
