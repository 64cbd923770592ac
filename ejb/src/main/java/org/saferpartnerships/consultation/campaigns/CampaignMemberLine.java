package org.saferpartnerships.consultation.campaigns;

import java.util.ArrayList;
import java.util.List;

/**
 * An answer of a campaign group: how similar it is to the template (the share of word triples in
 * common) and its text in pieces, those the member added to the shared text marked.
 */
public record CampaignMemberLine(
    long answerId, boolean template, double similarity, String text, List<Piece> pieces)
    implements java.io.Serializable {

  public CampaignMemberLine {
    pieces = List.copyOf(pieces);
  }

  /** A piece of the text, and whether the member added it. */
  public record Piece(String text, boolean added) implements java.io.Serializable {}

  /** The text cut at the added spans, written "start-end,start-end" (character offsets). */
  static List<Piece> pieces(String text, String spans) {
    List<Piece> pieces = new ArrayList<>();
    int at = 0;
    if (spans != null && !spans.isBlank()) {
      for (String span : spans.split(",")) {
        int dash = span.indexOf('-');
        int start = Math.min(text.length(), Integer.parseInt(span.substring(0, dash)));
        int end = Math.min(text.length(), Integer.parseInt(span.substring(dash + 1)));
        if (start > at) {
          pieces.add(new Piece(text.substring(at, start), false));
        }
        if (end > start) {
          pieces.add(new Piece(text.substring(start, end), true));
        }
        at = Math.max(at, end);
      }
    }
    if (at < text.length()) {
      pieces.add(new Piece(text.substring(at), false));
    }
    return pieces;
  }
}
