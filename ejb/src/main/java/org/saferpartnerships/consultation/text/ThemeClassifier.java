package org.saferpartnerships.consultation.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Suggests themes for an answer: one maximum-entropy classifier a theme (OpenNLP, trained by L-BFGS
 * with an L2 penalty), each telling how likely the theme is from the answer's features. An answer
 * can have several themes, so each theme is decided on its own. A theme given to fewer than {@link
 * #MIN_EXAMPLES} training answers gets no classifier: it cannot be learnt from so few.
 */
public final class ThemeClassifier {

  /** The fewest answers of a theme the classifier learns it from. */
  public static final int MIN_EXAMPLES = 3;

  private static final String YES = "1";
  private static final String NO = "0";

  /** A coded answer: its id, features and the themes the analyst gave it. */
  public record Example(long id, String[] features, Set<Long> themes) {}

  private final Map<Long, MaxentModel> models;

  private ThemeClassifier(Map<Long, MaxentModel> models) {
    this.models = models;
  }

  /** Trains a classifier for every theme given to enough of the examples. */
  public static ThemeClassifier train(List<Example> examples) {
    Map<Long, Integer> counts = new HashMap<>();
    for (Example example : examples) {
      example.themes().forEach(t -> counts.merge(t, 1, Integer::sum));
    }
    Map<Long, MaxentModel> models = new LinkedHashMap<>();
    for (Long theme : new TreeSet<>(counts.keySet())) {
      if (counts.get(theme) < MIN_EXAMPLES) {
        continue;
      }
      List<Event> events = new ArrayList<>(examples.size());
      for (Example example : examples) {
        events.add(
            new Event(example.themes().contains(theme) ? YES : NO, withBias(example.features())));
      }
      models.put(theme, trainOne(events));
    }
    return new ThemeClassifier(models);
  }

  private static MaxentModel trainOne(Collection<Event> events) {
    TrainingParameters parameters = new TrainingParameters();
    parameters.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
    parameters.put(TrainingParameters.ITERATIONS_PARAM, 100);
    parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
    parameters.put(QNTrainer.L2COST_PARAM, 0.5);
    parameters.put("PrintMessages", false);
    EventTrainer trainer = TrainerFactory.getEventTrainer(parameters, null);
    try {
      return trainer.train(ObjectStreamUtils.createObjectStream(events));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An answer with no features still has one, so every answer gets a score. */
  private static String[] withBias(String[] features) {
    String[] context = new String[features.length + 1];
    System.arraycopy(features, 0, context, 0, features.length);
    context[features.length] = "*bias*";
    return context;
  }

  /** The themes a classifier was trained for. */
  public Set<Long> themes() {
    return models.keySet();
  }

  /** How likely each theme is for an answer with these features, from 0 to 1. */
  public Map<Long, Double> confidences(String[] features) {
    String[] context = withBias(features);
    Map<Long, Double> confidences = new LinkedHashMap<>();
    models.forEach(
        (theme, model) -> {
          double[] outcomes = model.eval(context);
          int yes = model.getIndex(YES);
          confidences.put(theme, yes < 0 ? 0 : outcomes[yes]);
        });
    return confidences;
  }

  /** The themes at or above a confidence. */
  public Set<Long> suggest(String[] features, double threshold) {
    Set<Long> themes = new TreeSet<>();
    confidences(features)
        .forEach(
            (t, c) -> {
              if (c >= threshold) {
                themes.add(t);
              }
            });
    return themes;
  }
}
