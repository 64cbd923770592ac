package org.saferpartnerships.consultation.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.saferpartnerships.consultation.Consultation;

/** What a column with a given heading held the last time a consultation imported one. */
@Entity
@Table(name = "consultation_column_map")
public class ColumnMapEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "consultation_id", nullable = false, updatable = false)
  private Consultation consultation;

  @Column(name = "heading", nullable = false, updatable = false)
  private String heading;

  @Enumerated(EnumType.STRING)
  @Column(name = "target", nullable = false)
  private ColumnTarget target;

  @Column(name = "question_id")
  private Long questionId;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected ColumnMapEntry() {}

  ColumnMapEntry(Consultation consultation, String heading) {
    this.consultation = consultation;
    this.heading = heading;
  }

  void set(ColumnTarget target, Long questionId, Instant at) {
    this.target = target;
    this.questionId = questionId;
    this.updatedAt = at;
  }

  public String getHeading() {
    return heading;
  }

  public ColumnTarget getTarget() {
    return target;
  }

  public Long getQuestionId() {
    return questionId;
  }
}
