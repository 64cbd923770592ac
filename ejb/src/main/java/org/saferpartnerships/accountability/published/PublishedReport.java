package org.saferpartnerships.accountability.published;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A report a policing body received under CDA s7 (the reply to its request), as it publishes it:
 * who sent it, what was asked, when it was asked for, due and received, and its documents.
 */
public record PublishedReport(
    long id,
    String pfaCode,
    String pfaName,
    String cspCode,
    String cspName,
    String cspNameCy,
    String bodyName,
    String subject,
    String title,
    LocalDate requestedOn,
    LocalDate dueOn,
    LocalDate receivedOn,
    List<Document> documents)
    implements Serializable {

  public PublishedReport {
    documents = List.copyOf(documents);
  }

  /** A document of the version last sent. */
  public record Document(long id, String fileName, long kilobytes) implements Serializable {}
}
