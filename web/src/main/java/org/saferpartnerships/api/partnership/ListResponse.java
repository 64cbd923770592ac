package org.saferpartnerships.api.partnership;

import java.util.List;
import org.saferpartnerships.partnership.directory.VintageSummary;

/**
 * One page of a list: the items, how many match in all, the page asked for, and the vintage read.
 */
public record ListResponse<T>(
    List<T> items, long total, int page, int size, VintageSummary vintage) {}
