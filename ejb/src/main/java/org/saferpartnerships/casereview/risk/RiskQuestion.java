package org.saferpartnerships.casereview.risk;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A question of a risk form, in English and Welsh, with its scored options in order. */
@Entity
@Table(name = "risk_question")
public class RiskQuestion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "form_id", nullable = false, updatable = false)
  private RiskForm form;

  @Column(name = "position", nullable = false, updatable = false)
  private int position;

  @Column(name = "text_en", nullable = false, updatable = false)
  private String textEn;

  @Column(name = "text_cy", nullable = false, updatable = false)
  private String textCy;

  @OneToMany(mappedBy = "question", cascade = CascadeType.PERSIST)
  @OrderBy("position")
  private List<RiskOption> options = new ArrayList<>();

  protected RiskQuestion() {}

  RiskQuestion(RiskForm form, int position, String textEn, String textCy) {
    this.form = form;
    this.position = position;
    this.textEn = textEn.trim();
    this.textCy = textCy.trim();
  }

  void addOption(String labelEn, String labelCy, int score) {
    options.add(new RiskOption(this, options.size() + 1, labelEn, labelCy, score));
  }

  public Long getId() {
    return id;
  }

  public int getPosition() {
    return position;
  }

  public String getTextEn() {
    return textEn;
  }

  public String getTextCy() {
    return textCy;
  }

  public List<RiskOption> getOptions() {
    return options;
  }
}
