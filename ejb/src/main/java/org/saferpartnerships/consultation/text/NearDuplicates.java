package org.saferpartnerships.consultation.text;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.LongStream;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.minhash.MinHashFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * Campaigns and near-duplicates: answers to the same question whose wording is the same or nearly
 * so (a template with personal additions) grouped together, with what each member added to the
 * shared text marked.
 *
 * <p>Two answers are as similar as the share of their word triples they have in common (the Jaccard
 * similarity of their sets of three-word shingles, lower-cased, punctuation ignored). Comparing
 * every pair would take n² comparisons, so candidates are found first: each answer's triples go
 * through Lucene's {@link MinHashFilter} (one hash, {@value #BUCKETS} buckets, empty buckets filled
 * by rotation), and answers whose MinHash agrees on all {@value #ROWS} buckets of any of the
 * {@value #BANDS} bands meet in that band. An answer is paired with the first and the latest answer
 * already met in each of its bands (so a large campaign costs a few comparisons per member, not its
 * square), and each distinct pair is compared once, exactly. Groups are the connected answers at
 * the chosen threshold; the same pass counts the groups each other threshold would make, to preview
 * it.
 *
 * <p>A group's shared text is the triples more than half its members use; a member's words covered
 * by none of them are what it added. The member that added least is shown as the template.
 */
public final class NearDuplicates {

  /** MinHash buckets per answer. */
  public static final int BUCKETS = 126;

  /** Buckets per band: answers meet when all of one band's agree. */
  public static final int ROWS = 3;

  /** Bands per answer. */
  public static final int BANDS = BUCKETS / ROWS;

  /** The lowest threshold offered: below it, shared stock phrases would join unrelated answers. */
  public static final double LOWEST = 0.3;

  /** The thresholds whose effect is previewed beside the chosen one. */
  public static final List<Double> PREVIEW = List.of(0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0);

  /** The fewest words an answer can have and still be grouped (three make one triple). */
  public static final int MIN_WORDS = 3;

  private static final int SHINGLE = 3;

  private NearDuplicates() {}

  /** An answer to group: its id, its question (answers only group within one) and its text. */
  public record Text(long id, long questionId, String text) {}

  /** Characters [start, end) of a member's text it added to the group's shared text. */
  public record Span(int start, int end) {}

  /** A member of a group: its similarity to the group's template and the text it added. */
  public record Member(long answerId, double similarity, List<Span> added) {}

  /** A group of near-identical answers to one question, its template first among its members. */
  public record Group(long questionId, long templateId, List<Member> members) {
    public int size() {
      return members.size();
    }
  }

  /** What a threshold makes: how many groups, holding how many answers. */
  public record Level(double threshold, int groups, int grouped) implements java.io.Serializable {}

  /**
   * The grouping at the chosen threshold, the preview of the others, and the work done: the answers
   * given, those long enough to group, and the pairs compared (against every pair).
   */
  public record Result(
      double threshold,
      int answers,
      int considered,
      List<Group> groups,
      List<Level> levels,
      long pairsCompared) {

    public int grouped() {
      return groups.stream().mapToInt(Group::size).sum();
    }

    /** The pairs a comparison of every answer with every other would take. */
    public long allPairs() {
      return (long) considered * (considered - 1) / 2;
    }
  }

  /**
   * Groups the answers at {@code threshold} (between {@value #LOWEST} and 1); answers of fewer than
   * {@code minWords} words are left out (short identical answers, "No comment", are not campaigns).
   */
  public static Result group(List<Text> texts, double threshold, int minWords) {
    if (threshold < LOWEST || threshold > 1.0) {
      throw new IllegalArgumentException("threshold " + threshold);
    }
    int fewest = Math.max(MIN_WORDS, minWords);
    List<Text> kept = new ArrayList<>();
    List<int[]> sets = new ArrayList<>();
    List<long[]> bands = new ArrayList<>();
    for (Text text : texts) {
      Words words = Words.of(text.text());
      if (words.size() >= fewest) {
        String[] shingles = words.shingles();
        kept.add(text);
        sets.add(distinctSorted(words.hashes(shingles)));
        bands.add(bandKeys(text.questionId(), minHash(shingles)));
      }
    }
    double[] levels = levels(threshold);
    Components[] components = new Components[levels.length];
    for (int l = 0; l < levels.length; l++) {
      components[l] = new Components(kept.size());
    }
    long[] pairs = candidates(kept, bands);
    // each distinct pair compared once, exactly
    long compared = 0;
    for (int p = 0; p < pairs.length; p++) {
      if (p > 0 && pairs[p] == pairs[p - 1]) {
        continue;
      }
      int i = (int) (pairs[p] >>> 32);
      int j = (int) pairs[p];
      compared++;
      double similarity = jaccard(sets.get(i), sets.get(j));
      for (int l = 0; l < levels.length && similarity >= levels[l]; l++) {
        components[l].join(i, j);
      }
    }
    List<Level> preview = new ArrayList<>();
    int chosen = -1;
    for (int l = 0; l < levels.length; l++) {
      Map<Integer, List<Integer>> byRoot = components[l].groups();
      preview.add(
          new Level(levels[l], byRoot.size(), byRoot.values().stream().mapToInt(List::size).sum()));
      if (levels[l] == threshold) {
        chosen = l;
      }
    }
    List<Group> groups = new ArrayList<>();
    for (List<Integer> members : components[chosen].groups().values()) {
      groups.add(describe(members, kept, sets));
    }
    groups.sort(
        Comparator.comparingLong(Group::questionId)
            .thenComparing(Comparator.comparingInt(Group::size).reversed())
            .thenComparingLong(Group::templateId));
    return new Result(threshold, texts.size(), kept.size(), groups, preview, compared);
  }

  /**
   * The candidate pairs, sorted (a pair may repeat): in each band, an answer meets the first and
   * the latest answer to the same question with its key.
   */
  private static long[] candidates(List<Text> kept, List<long[]> bands) {
    LongStream.Builder candidates = LongStream.builder();
    for (int band = 0; band < BANDS; band++) {
      Map<Long, int[]> met = new HashMap<>();
      for (int i = 0; i < kept.size(); i++) {
        int[] firstAndLatest = met.putIfAbsent(bands.get(i)[band], new int[] {i, i});
        if (firstAndLatest == null) {
          continue;
        }
        for (int j : new int[] {firstAndLatest[0], firstAndLatest[1]}) {
          if (kept.get(i).questionId() == kept.get(j).questionId()) {
            candidates.add((long) j << 32 | i);
          }
        }
        firstAndLatest[1] = i;
      }
    }
    return candidates.build().sorted().toArray();
  }

  /** The share of the two sorted sets' elements they have in common. */
  static double jaccard(int[] a, int[] b) {
    int common = 0;
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    int union = a.length + b.length - common;
    return union == 0 ? 0 : (double) common / union;
  }

  private static double[] levels(double threshold) {
    TreeSet<Double> all = new TreeSet<>(PREVIEW);
    all.add(threshold);
    return all.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static Group describe(List<Integer> indexes, List<Text> kept, List<int[]> sets) {
    Map<Integer, Integer> uses = new HashMap<>();
    for (int i : indexes) {
      for (int shingle : sets.get(i)) {
        uses.merge(shingle, 1, Integer::sum);
      }
    }
    int size = indexes.size();
    List<Long> ids = new ArrayList<>();
    List<List<Span>> added = new ArrayList<>();
    int template = -1;
    double leastAdded = Double.MAX_VALUE;
    for (int i : indexes) {
      Words words = Words.of(kept.get(i).text());
      int[] hashes = words.hashes(words.shingles());
      boolean[] shared = new boolean[words.size()];
      for (int s = 0; s < hashes.length; s++) {
        if (uses.getOrDefault(hashes[s], 0) * 2 > size) {
          for (int w = s; w < s + SHINGLE; w++) {
            shared[w] = true;
          }
        }
      }
      List<Span> spans = new ArrayList<>();
      int own = 0;
      for (int w = 0; w < shared.length; w++) {
        if (!shared[w]) {
          own++;
          int from = w;
          while (w + 1 < shared.length && !shared[w + 1]) {
            w++;
            own++;
          }
          spans.add(new Span(words.start(from), words.end(w)));
        }
      }
      double share = (double) own / words.size();
      long id = kept.get(i).id();
      if (share < leastAdded || (share == leastAdded && id < kept.get(template).id())) {
        leastAdded = share;
        template = i;
      }
      ids.add(id);
      added.add(spans);
    }
    List<Member> members = new ArrayList<>();
    for (int m = 0; m < indexes.size(); m++) {
      members.add(
          new Member(
              ids.get(m), jaccard(sets.get(indexes.get(m)), sets.get(template)), added.get(m)));
    }
    long templateId = kept.get(template).id();
    members.sort(
        Comparator.comparing((Member m) -> m.answerId() != templateId)
            .thenComparingLong(Member::answerId));
    return new Group(kept.get(template).questionId(), templateId, List.copyOf(members));
  }

  private static int[] distinctSorted(int[] values) {
    return java.util.Arrays.stream(values).sorted().distinct().toArray();
  }

  /** The answer's MinHash: one 64-bit value (the first half of Lucene's 128) per bucket. */
  private static long[] minHash(String[] shingles) {
    long[] signature = new long[BUCKETS];
    try (TokenStream stream = new MinHashFilter(new Shingles(shingles), 1, BUCKETS, 1, true)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      int bucket = 0;
      while (stream.incrementToken() && bucket < BUCKETS) {
        long value = 0;
        for (int c = 0; c < 4; c++) {
          value = (value << 16) | term.charAt(c);
        }
        signature[bucket++] = value;
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return signature;
  }

  /** Each band's key: its buckets' values and the question, mixed into one number. */
  private static long[] bandKeys(long questionId, long[] signature) {
    long[] keys = new long[BANDS];
    for (int band = 0; band < BANDS; band++) {
      long key = questionId * 0x9E3779B97F4A7C15L + band;
      for (int r = 0; r < ROWS; r++) {
        key = (key ^ signature[band * ROWS + r]) * 0xBF58476D1CE4E5B9L;
        key ^= key >>> 31;
      }
      keys[band] = key;
    }
    return keys;
  }

  /** An answer's words, lower-cased, with where each stands in the text. */
  private record Words(List<String> terms, List<int[]> offsets) {

    static Words of(String text) {
      List<String> terms = new ArrayList<>();
      List<int[]> offsets = new ArrayList<>();
      Tokenizer tokenizer = new StandardTokenizer();
      tokenizer.setReader(new StringReader(text == null ? "" : text));
      try (TokenStream stream = new LowerCaseFilter(tokenizer)) {
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
        stream.reset();
        while (stream.incrementToken()) {
          terms.add(term.toString());
          offsets.add(new int[] {offset.startOffset(), offset.endOffset()});
        }
        stream.end();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new Words(terms, offsets);
    }

    int size() {
      return terms.size();
    }

    int start(int word) {
      return offsets.get(word)[0];
    }

    int end(int word) {
      return offsets.get(word)[1];
    }

    /** The word triples, in order (none if there are fewer than three words). */
    String[] shingles() {
      String[] shingles = new String[Math.max(0, terms.size() - SHINGLE + 1)];
      for (int s = 0; s < shingles.length; s++) {
        shingles[s] = String.join(" ", terms.subList(s, s + SHINGLE));
      }
      return shingles;
    }

    int[] hashes(String[] shingles) {
      int[] hashes = new int[shingles.length];
      for (int s = 0; s < shingles.length; s++) {
        hashes[s] = StringHelper.murmurhash3_x86_32(new BytesRef(shingles[s]), 0);
      }
      return hashes;
    }
  }

  /** Given triples as a token stream, for the MinHash filter. */
  private static final class Shingles extends TokenStream {
    private final String[] shingles;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private int next;

    Shingles(String[] shingles) {
      this.shingles = shingles;
    }

    @Override
    public boolean incrementToken() {
      if (next == shingles.length) {
        return false;
      }
      clearAttributes();
      term.setEmpty().append(shingles[next++]);
      return true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
    }
  }

  /** Answers joined into connected groups (union-find with path halving). */
  private static final class Components {
    private final int[] parent;

    Components(int size) {
      parent = new int[size];
      for (int i = 0; i < size; i++) {
        parent[i] = i;
      }
    }

    int find(int i) {
      while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
      }
      return i;
    }

    void join(int a, int b) {
      int ra = find(a);
      int rb = find(b);
      if (ra != rb) {
        parent[Math.max(ra, rb)] = Math.min(ra, rb);
      }
    }

    /** The groups of two or more, by root, members in order. */
    Map<Integer, List<Integer>> groups() {
      Map<Integer, List<Integer>> byRoot = new HashMap<>();
      for (int i = 0; i < parent.length; i++) {
        byRoot.computeIfAbsent(find(i), r -> new ArrayList<>()).add(i);
      }
      byRoot.values().removeIf(members -> members.size() < 2);
      return byRoot;
    }
  }
}
