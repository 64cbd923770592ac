package org.saferpartnerships.consultation.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.carrot2.clustering.Cluster;
import org.carrot2.clustering.Document;
import org.carrot2.clustering.lingo.LingoClusteringAlgorithm;
import org.carrot2.language.DefaultDictionaryImpl;
import org.carrot2.language.LanguageComponents;
import org.carrot2.language.LanguageComponentsLoader;

/**
 * Candidate themes in answers nobody has coded yet, to help an analyst build the codebook: the
 * answers are clustered by Carrot2's Lingo algorithm, which also names each cluster with a phrase
 * the answers share; each topic then gets its most telling words (those its answers use far more
 * than the rest, by document frequency weighted by inverse document frequency) and a few example
 * answers (those using most of those words and little else). An answer may sit in more than one
 * topic, and in none. Too many answers are sampled evenly ({@link #sample}) so that a page waits
 * seconds, not minutes. Nothing here is stored or applied: a person decides what becomes a theme.
 */
public final class ThemeDiscovery {

  /** The fewest answers worth clustering. */
  public static final int FEWEST_ANSWERS = 10;

  /** The fewest and most topics an analyst may ask for. */
  public static final int FEWEST_TOPICS = 2;

  public static final int MOST_TOPICS = 30;

  /** The most telling words listed per topic. */
  public static final int TERMS = 8;

  /** The example answers shown per topic. */
  public static final int EXAMPLES = 3;

  /** The fewest topics Lingo is asked to find, however few are shown. */
  private static final int FEWEST_SOUGHT = 10;

  /** Topic names longer than this many words are penalised, and up to the second, excluded. */
  private static final int SHORT_NAME = 3;

  private static final int LONGEST_NAME = 5;

  /** The distinct words that cost an example answer one telling word. */
  private static final int LONG_ANSWER = 25;

  /**
   * Words that carry no topic in Welsh answers (Carrot2's English lexicon knows none of them), so
   * that a topic of Welsh answers is named by what they say, not by "yn" and "mae".
   */
  private static final List<String> WELSH_FUNCTION_WORDS =
      List.of(
          "a", "ac", "am", "ar", "at", "bod", "dan", "dim", "ddim", "dros", "dw", "dydy", "ei",
          "eich", "ein", "eu", "fe", "fod", "fy", "gan", "gyda", "hefyd", "hwn", "hyn", "i", "iawn",
          "mae", "mewn", "mi", "nad", "ni", "nid", "o", "oedd", "ond", "os", "pan", "pob", "rhaid",
          "roedd", "rwy", "sydd", "y", "yma", "ydy", "yn", "yr", "ym", "wedi", "wrth");

  private static final CharArraySet STOP_WORDS = stopWords();

  private static final Analyzer WORDS = new StandardAnalyzer(STOP_WORDS);

  private ThemeDiscovery() {}

  /** An answer: its id and its words. */
  public record Text(long answerId, String text) {}

  /**
   * A candidate theme: Lingo's name for it, how many of the answers considered it holds, its most
   * telling words, a few example answers' ids and every member's id.
   */
  public record Topic(
      String label, int size, List<String> terms, List<Long> examples, List<Long> answerIds) {}

  /**
   * What a discovery found: how many answers there were, how many were considered (all, or a sample
   * of {@code limit}), how many of those fall in some topic, and the topics, largest first.
   */
  public record Result(int answers, int considered, int covered, List<Topic> topics) {

    public boolean sampled() {
      return considered < answers;
    }
  }

  /**
   * Clusters up to {@code limit} of the answers (an even sample when there are more) into at most
   * {@code topics} topics, largest first; nothing when there are fewer than {@link
   * #FEWEST_ANSWERS}.
   */
  public static Result discover(List<Text> texts, int topics, int limit) {
    if (topics < FEWEST_TOPICS || topics > MOST_TOPICS) {
      throw new IllegalArgumentException(
          "topics must be " + FEWEST_TOPICS + " to " + MOST_TOPICS + ": " + topics);
    }
    if (limit < FEWEST_ANSWERS) {
      throw new IllegalArgumentException("limit must be at least " + FEWEST_ANSWERS);
    }
    List<Text> considered =
        sample(texts.stream().filter(t -> t.text() != null && !t.text().isBlank()).toList(), limit);
    if (considered.size() < FEWEST_ANSWERS) {
      return new Result(texts.size(), considered.size(), 0, List.of());
    }
    List<Answer> answers = considered.stream().map(Answer::new).toList();
    List<Cluster<Answer>> clusters = lingo(topics).cluster(answers.stream(), Lexicon.ENGLISH);

    Map<Answer, Set<String>> words = new HashMap<>();
    Map<String, Integer> frequency = new HashMap<>();
    for (Answer answer : answers) {
      Set<String> distinct = words(answer.text().text());
      words.put(answer, distinct);
      distinct.forEach(w -> frequency.merge(w, 1, Integer::sum));
    }
    List<Topic> found = new ArrayList<>();
    Set<Long> covered = new HashSet<>();
    clusters.stream()
        .filter(c -> c.getDocuments().size() >= 2 && !c.getLabels().isEmpty())
        .sorted(
            Comparator.<Cluster<Answer>>comparingInt(c -> -c.getDocuments().size())
                .thenComparing(c -> c.getLabels().get(0)))
        .limit(topics)
        .forEach(
            c -> {
              Topic topic = topic(c, words, frequency, answers.size());
              covered.addAll(topic.answerIds());
              found.add(topic);
            });
    return new Result(texts.size(), considered.size(), covered.size(), List.copyOf(found));
  }

  /** Every {@code n/limit}-th answer when there are more than {@code limit}; else all of them. */
  static List<Text> sample(List<Text> texts, int limit) {
    if (texts.size() <= limit) {
      return texts;
    }
    List<Text> every = new ArrayList<>(limit);
    double step = (double) texts.size() / limit;
    for (int i = 0; i < limit; i++) {
      every.add(texts.get((int) (i * step)));
    }
    return every;
  }

  private static Topic topic(
      Cluster<Answer> cluster,
      Map<Answer, Set<String>> words,
      Map<String, Integer> frequency,
      int answers) {
    List<Answer> members = cluster.getDocuments();
    Map<String, Integer> inTopic = new HashMap<>();
    for (Answer member : members) {
      words.get(member).forEach(w -> inTopic.merge(w, 1, Integer::sum));
    }
    List<String> terms =
        inTopic.entrySet().stream()
            .filter(e -> e.getValue() >= 2)
            .sorted(
                Comparator.<Map.Entry<String, Integer>>comparingDouble(
                        e ->
                            -(e.getValue() / (double) members.size())
                                * Math.log((double) answers / frequency.get(e.getKey())))
                    .thenComparing(Map.Entry::getKey))
            .limit(TERMS)
            .map(Map.Entry::getKey)
            .toList();
    Set<String> telling = Set.copyOf(terms);
    List<Long> examples =
        members.stream()
            .sorted(
                Comparator.<Answer>comparingDouble(m -> -typical(words.get(m), telling))
                    .thenComparingInt(m -> m.text().text().length())
                    .thenComparingLong(m -> m.text().answerId()))
            .limit(EXAMPLES)
            .map(m -> m.text().answerId())
            .toList();
    List<Long> ids = members.stream().map(m -> m.text().answerId()).sorted().toList();
    return new Topic(cluster.getLabels().get(0), members.size(), terms, examples, ids);
  }

  /**
   * How well an answer shows its topic: the telling words it uses, less a point for every {@link
   * #LONG_ANSWER} words, so that a short answer that says it all comes before a long one that also
   * says much else.
   */
  private static double typical(Set<String> words, Set<String> telling) {
    return words.stream().filter(telling::contains).count() - words.size() / (double) LONG_ANSWER;
  }

  private static LingoClusteringAlgorithm lingo(int topics) {
    LingoClusteringAlgorithm lingo = new LingoClusteringAlgorithm();
    // asked for few, Lingo names each by the phrase that best fits a few answers, so a subject
    // many answers share can go unnamed: it looks for at least FEWEST_SOUGHT, the largest are kept
    lingo.desiredClusterCount.set(Math.max(topics, FEWEST_SOUGHT));
    // names of two or three words: Lingo's default (up to eight) names a topic by one sentence
    // many answers repeat, and splits a subject into one topic per wording
    lingo.clusterBuilder.phraseLengthPenaltyStart.set(SHORT_NAME);
    lingo.clusterBuilder.phraseLengthPenaltyStop.set(LONGEST_NAME);
    DefaultDictionaryImpl welsh = new DefaultDictionaryImpl();
    welsh.exact.set(WELSH_FUNCTION_WORDS.toArray(String[]::new));
    lingo.dictionaries.wordFilters.set(List.of(welsh));
    return lingo;
  }

  /** An answer's distinct words, lower-cased, without stop words, numbers or single letters. */
  static Set<String> words(String text) {
    Set<String> distinct = new LinkedHashSet<>();
    try (TokenStream tokens = WORDS.tokenStream("answer", text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        String word = term.toString();
        if (word.length() > 2 && word.chars().allMatch(Character::isLetter)) {
          distinct.add(word);
        }
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return distinct;
  }

  private static CharArraySet stopWords() {
    CharArraySet stop = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
    stop.addAll(WELSH_FUNCTION_WORDS);
    stop.addAll(
        List.of(
            "i", "me", "my", "we", "our", "you", "your", "he", "she", "him", "her", "its", "us",
            "them", "what", "which", "who", "would", "could", "should", "can", "did", "does", "do",
            "had", "has", "have", "been", "being", "am", "all", "any", "more", "very", "just", "so",
            "also", "from", "about", "get", "got", "one", "out", "when", "how", "were", "because",
            "than", "too", "some", "really", "much", "don", "didn", "doesn", "wasn", "isn", "ve"));
    return CharArraySet.unmodifiableSet(stop);
  }

  /** An answer as Carrot2 reads it: one field, the answer's words. */
  private record Answer(Text text) implements Document {

    @Override
    public void visitFields(BiConsumer<String, String> fields) {
      fields.accept("answer", text.text());
    }
  }

  /** Carrot2's English lexicon (stemmer, stop words, label filters), loaded once. */
  private static final class Lexicon {
    private static final LanguageComponents ENGLISH = load();

    private static LanguageComponents load() {
      try {
        return new LanguageComponentsLoader()
            .load(
                LanguageComponentsLoader.loadProvidersFromSpi(
                    ThemeDiscovery.class.getClassLoader()))
            .language("English");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
