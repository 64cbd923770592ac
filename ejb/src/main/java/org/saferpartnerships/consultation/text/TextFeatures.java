package org.saferpartnerships.consultation.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.shingle.ShingleAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The features of an answer for the theme classifiers: its words stemmed, without stop words
 * (Lucene's English analyzer), and each pair of neighbouring stems, so that "not helpful" differs
 * from "helpful". Analyzers keep their state per thread, so one instance serves every caller.
 */
public final class TextFeatures {

  private static final Analyzer STEMS_AND_PAIRS =
      new ShingleAnalyzerWrapper(new EnglishAnalyzer(), 2, 2, "_", true, true, "");

  private TextFeatures() {}

  public static String[] of(String text) {
    if (text == null || text.isBlank()) {
      return new String[0];
    }
    List<String> features = new ArrayList<>();
    try (TokenStream tokens = STEMS_AND_PAIRS.tokenStream("answer", text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        String feature = term.toString();
        if (!feature.isEmpty() && !feature.startsWith("_") && !feature.endsWith("_")) {
          features.add(feature);
        }
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return features.toArray(String[]::new);
  }
}
