/**
 * Documents people attach: the upload as received ({@code AttachmentUpload}), the one set of rules
 * every attached file passes ({@code DocumentRules}: size, the types each use accepts, content
 * sniffing), used by work items and by submissions alike, the columns every stored document has
 * ({@code StoredDocument}), and the stored work-item attachment built on them.
 */
package org.saferpartnerships.workflow.documents;
