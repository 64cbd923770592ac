package org.saferpartnerships.consultation.campaigns;

import java.time.Instant;
import java.util.List;
import org.saferpartnerships.consultation.text.NearDuplicates;

/**
 * The latest campaign grouping of a consultation: the threshold chosen and the fewest words an
 * answer needs, what it looked at and found, the work it did (pairs compared beside every pair),
 * and what each other threshold would have made.
 */
public record CampaignRunView(
    long id,
    double threshold,
    int minWords,
    int answers,
    int considered,
    int groups,
    int grouped,
    long pairsCompared,
    long allPairs,
    long millis,
    String runBy,
    Instant createdAt,
    List<NearDuplicates.Level> levels)
    implements java.io.Serializable {

  public CampaignRunView {
    levels = List.copyOf(levels);
  }

  /** The share of the answers looked at that are in a group, in per cent. */
  public double groupedPercent() {
    return considered == 0 ? 0 : 100.0 * grouped / considered;
  }
}
