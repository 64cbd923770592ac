package org.saferpartnerships.workflow.routing;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDate;

/**
 * What every recommendation that travels as a work item records, whoever made it (a case review's
 * panel, a policing body reviewing a submission): its number within what it belongs to, its text,
 * the day it is due, the work item that carries it, and the response that came back (its text, day
 * and author). Each kind keeps its own response values and what it belongs to.
 */
@MappedSuperclass
public abstract class RoutedRecommendation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "seq", nullable = false, updatable = false)
  private int seq;

  @Column(name = "recommendation", nullable = false, updatable = false)
  private String text;

  @Column(name = "due_on", nullable = false, updatable = false)
  private LocalDate dueOn;

  @Column(name = "work_item_id", nullable = false, updatable = false)
  private long workItemId;

  @Column(name = "response_text")
  private String responseText;

  @Column(name = "responded_on")
  private LocalDate respondedOn;

  @Column(name = "responded_by")
  private String respondedBy;

  protected RoutedRecommendation() {}

  protected RoutedRecommendation(int seq, String text, LocalDate dueOn, long workItemId) {
    this.seq = seq;
    this.text = text;
    this.dueOn = dueOn;
    this.workItemId = workItemId;
  }

  /** Records who answered, when and with what words; the kind records the answer itself. */
  protected void answered(String text, LocalDate on, String by) {
    this.responseText = text;
    this.respondedOn = on;
    this.respondedBy = by;
  }

  public Long getId() {
    return id;
  }

  public int getSeq() {
    return seq;
  }

  public String getText() {
    return text;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public long getWorkItemId() {
    return workItemId;
  }

  public String getResponseText() {
    return responseText;
  }

  public LocalDate getRespondedOn() {
    return respondedOn;
  }

  public String getRespondedBy() {
    return respondedBy;
  }
}
