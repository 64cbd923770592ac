package org.saferpartnerships.consultation.suggestions;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.saferpartnerships.consultation.text.HeldBack;
import org.saferpartnerships.consultation.text.MostFrequentThemes;
import org.saferpartnerships.consultation.text.MultiLabelScores;
import org.saferpartnerships.consultation.text.TextFeatures;
import org.saferpartnerships.consultation.text.ThemeClassifier;

/**
 * The background job of a suggestion run: trains the classifiers on the coded answers not held
 * back, measures them (and the baseline) on those held back, and suggests themes for every answer
 * nobody has coded, leaving out any a person has rejected for that answer before. The classifier
 * that suggests is the one measured, so the figures shown are the suggestions' own.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SuggestionRunner {

  private static final Logger LOG = Logger.getLogger(SuggestionRunner.class.getName());

  @EJB private SuggestionWriter writer;

  @Asynchronous
  public void run(long runId) {
    try {
      runNow(runId);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Suggestion run " + runId + " failed", e);
      writer.fail(runId, e.getClass().getSimpleName());
    }
  }

  private void runNow(long runId) {
    SuggestionRun run = writer.begin(runId);
    if (run == null) {
      return;
    }
    SuggestionWriter.Coding coding = writer.coding(run.getConsultationId());
    Map<Long, String[]> features = new HashMap<>();
    coding.texts().forEach((id, text) -> features.put(id, TextFeatures.of(text)));
    List<ThemeClassifier.Example> training = new ArrayList<>();
    List<ThemeClassifier.Example> heldBack = new ArrayList<>();
    coding
        .themes()
        .forEach(
            (answer, themes) -> {
              String[] f = features.get(answer);
              if (f != null) {
                ThemeClassifier.Example example = new ThemeClassifier.Example(answer, f, themes);
                (HeldBack.isHeldBack(answer) ? heldBack : training).add(example);
              }
            });
    long start = System.nanoTime();
    ThemeClassifier classifier = ThemeClassifier.train(training);
    long trainingMs = (System.nanoTime() - start) / 1_000_000;
    double threshold = run.getThreshold();
    List<Set<Long>> truth = heldBack.stream().map(ThemeClassifier.Example::themes).toList();
    MultiLabelScores scores =
        MultiLabelScores.of(
            truth,
            heldBack.stream().map(e -> classifier.suggest(e.features(), threshold)).toList());
    Set<Long> frequent =
        MostFrequentThemes.of(training.stream().map(ThemeClassifier.Example::themes).toList());
    MultiLabelScores baseline =
        MultiLabelScores.of(truth, heldBack.stream().map(e -> frequent).toList());
    List<SuggestionWriter.Suggested> suggestions = new ArrayList<>();
    features.forEach(
        (answer, f) -> {
          if (!coding.themes().containsKey(answer)) {
            classifier
                .confidences(f)
                .forEach(
                    (theme, confidence) -> {
                      if (confidence >= threshold
                          && !coding.rejected().contains(answer + ":" + theme)) {
                        suggestions.add(new SuggestionWriter.Suggested(answer, theme, confidence));
                      }
                    });
          }
        });
    writer.finish(
        runId,
        coding.themes().size(),
        training.size(),
        heldBack.size(),
        classifier.themes(),
        scores,
        baseline,
        trainingMs,
        suggestions);
  }
}
