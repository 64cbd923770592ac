package org.saferpartnerships.web.figures;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart as Chart.js reads it, for PrimeFaces' {@code p:chart value="…"}: labels along the
 * axis and one series of numbers per label each, in the product's colours (each with 3:1 contrast
 * against white), with no animation. Every chart is drawn beside a table of the same figures, for
 * screen readers and for anyone who would rather read.
 */
public final class BarChart {

  private static final List<String> COLOURS =
      List.of("#1d70b8", "#505a5f", "#00703c", "#d4351c", "#4c2c92", "#b58840");

  private final List<String> labels;
  private final List<JsonObjectBuilder> series = new ArrayList<>();
  private boolean stacked;
  private boolean horizontal;

  public BarChart(List<String> labels) {
    this.labels = List.copyOf(labels);
  }

  /** A series: its name (shown in the legend) and one number per label. */
  public BarChart series(String name, List<? extends Number> values) {
    JsonArrayBuilder data = Json.createArrayBuilder();
    values.forEach(value -> data.add(value.doubleValue()));
    series.add(
        Json.createObjectBuilder()
            .add("label", name)
            .add("data", data)
            .add("backgroundColor", COLOURS.get(series.size() % COLOURS.size())));
    return this;
  }

  /** The series stacked in one bar per label (parts of a whole). */
  public BarChart stacked() {
    this.stacked = true;
    return this;
  }

  /** Bars along the vertical axis, for long labels (themes, answers). */
  public BarChart horizontal() {
    this.horizontal = true;
    return this;
  }

  /** The JSON configuration. */
  public String json() {
    JsonArrayBuilder names = Json.createArrayBuilder();
    labels.forEach(names::add);
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    series.forEach(datasets::add);
    JsonObjectBuilder options =
        Json.createObjectBuilder()
            .add("animation", false)
            .add("responsive", true)
            .add("maintainAspectRatio", false)
            .add(
                "plugins",
                Json.createObjectBuilder()
                    .add("legend", Json.createObjectBuilder().add("position", "bottom")));
    if (horizontal) {
      options.add("indexAxis", "y");
    }
    if (stacked) {
      options.add(
          "scales",
          Json.createObjectBuilder()
              .add("x", Json.createObjectBuilder().add("stacked", true))
              .add("y", Json.createObjectBuilder().add("stacked", true)));
    }
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add("data", Json.createObjectBuilder().add("labels", names).add("datasets", datasets))
        .add("options", options)
        .build()
        .toString();
  }
}
