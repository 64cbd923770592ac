package org.saferpartnerships.web.workflow;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.saferpartnerships.web.PageMessages;
import org.saferpartnerships.workflow.engine.Transition;
import org.saferpartnerships.workflow.engine.Workflow;
import org.saferpartnerships.workflow.engine.Workflows;

/**
 * The workflow diagrams (workflow/diagrams.xhtml): each workflow's states and state-changing
 * transitions drawn as SVG, states in columns by distance from the start, and the whole table
 * (including actions that keep the state, with who may take them) beside it as text, which is what
 * screen readers use. Drawn from the same table the engine enforces, so it cannot go stale.
 */
@Named
@RequestScoped
public class WorkflowDiagrams {

  private static final int BOX_W = 170;
  private static final int BOX_H = 44;
  private static final int COL_W = 260;
  private static final int ROW_H = 90;

  @Inject private Workflows workflows;

  @Inject private PageMessages messages;

  public List<Workflow> getWorkflows() {
    return workflows.all();
  }

  public String svg(Workflow workflow) {
    Map<String, int[]> at = layout(workflow);
    int width = at.values().stream().mapToInt(p -> p[0]).max().orElse(0) + BOX_W + 40;
    int height = at.values().stream().mapToInt(p -> p[1]).max().orElse(0) + BOX_H + 40;
    String title = "diagram-" + workflow.type();
    StringBuilder svg = new StringBuilder();
    svg.append(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"sp-diagram\" role=\"img\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" width=\"")
        .append(width)
        .append("\" aria-labelledby=\"")
        .append(title)
        .append("\"><title id=\"")
        .append(title)
        .append("\">")
        .append(
            escape(
                messages.text(
                    "diagrams.svgTitle", messages.text("workflow.type." + workflow.type()))))
        .append("</title><defs><marker id=\"arrow-")
        .append(workflow.type())
        .append(
            "\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto\">")
        .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#0b0c0c\"/></marker></defs>");
    int offset = 0;
    for (Map.Entry<String, List<String>> edge : edges(workflow).entrySet()) {
      String[] ends = edge.getKey().split(">");
      edge(svg, workflow, at.get(ends[0]), at.get(ends[1]), edge.getValue(), offset++);
    }
    for (String state : workflow.states()) {
      box(svg, workflow, state, at.get(state));
    }
    return svg.append("</svg>").toString();
  }

  /** The state changes of the workflow, each with the names of the actions that make it. */
  private Map<String, List<String>> edges(Workflow workflow) {
    Map<String, List<String>> edges = new LinkedHashMap<>();
    for (Transition row : workflow.transitions()) {
      if (row.changesState()) {
        edges
            .computeIfAbsent(row.from() + ">" + row.to(), k -> new ArrayList<>())
            .add(messages.text("workflow.action." + row.action()));
      }
    }
    return edges;
  }

  /** An arrow from one state's box to another's, named by its actions. */
  private static void edge(
      StringBuilder svg, Workflow workflow, int[] from, int[] to, List<String> names, int offset) {
    boolean forward = to[0] > from[0];
    int x1 = forward ? from[0] + BOX_W : from[0] + BOX_W / 2;
    int y1 = forward ? from[1] + BOX_H / 2 : from[1] + BOX_H;
    int x2 = forward ? to[0] : to[0] + BOX_W / 2;
    int y2 = forward ? to[1] + BOX_H / 2 : to[1] + BOX_H;
    int bend =
        forward ? (y1 + y2) / 2 - 12 + (offset % 3) * 8 : Math.max(y1, y2) + 36 + (offset % 3) * 10;
    int cx = (x1 + x2) / 2;
    svg.append("<path d=\"M")
        .append(x1)
        .append(',')
        .append(y1)
        .append(" Q")
        .append(cx)
        .append(',')
        .append(bend)
        .append(' ')
        .append(x2)
        .append(',')
        .append(y2)
        .append("\" fill=\"none\" stroke=\"#0b0c0c\" stroke-width=\"1.5\" marker-end=\"url(#arrow-")
        .append(workflow.type())
        .append(")\"/>");
    svg.append("<text x=\"")
        .append(cx)
        .append("\" y=\"")
        .append(forward ? bend - 2 : bend + 2)
        .append("\" text-anchor=\"middle\" font-size=\"12\" fill=\"#0b0c0c\">")
        .append(escape(String.join(", ", names)))
        .append("</text>");
  }

  /** A state's box: the first filled blue, the final ones grey with a heavy border. */
  private void box(StringBuilder svg, Workflow workflow, String state, int[] p) {
    boolean last = workflow.isFinal(state);
    svg.append("<rect x=\"")
        .append(p[0])
        .append("\" y=\"")
        .append(p[1])
        .append("\" width=\"")
        .append(BOX_W)
        .append("\" height=\"")
        .append(BOX_H)
        .append("\" rx=\"6\" fill=\"")
        .append(last ? "#e5e6e7" : state.equals(workflow.initialState()) ? "#d2e2f1" : "#ffffff")
        .append("\" stroke=\"#0b0c0c\" stroke-width=\"")
        .append(last ? 3 : 1.5)
        .append("\"/>");
    svg.append("<text x=\"")
        .append(p[0] + BOX_W / 2)
        .append("\" y=\"")
        .append(p[1] + BOX_H / 2 + 5)
        .append("\" text-anchor=\"middle\" font-size=\"14\" font-weight=\"bold\" fill=\"#0b0c0c\">")
        .append(escape(messages.text("workflow.state." + state)))
        .append("</text>");
  }

  /** Who may take an action, in words. */
  public String parties(Transition row) {
    return row.parties().stream()
        .map(p -> messages.text("party." + p))
        .sorted()
        .collect(Collectors.joining(", "));
  }

  public String requirements(Transition row) {
    return row.requirements().stream()
        .map(r -> messages.text("requirement." + r))
        .sorted()
        .collect(Collectors.joining(", "));
  }

  /** Columns by breadth-first distance from the initial state; final states in the last column. */
  private static Map<String, int[]> layout(Workflow workflow) {
    Map<String, Integer> depth = new LinkedHashMap<>();
    Deque<String> queue = new ArrayDeque<>();
    depth.put(workflow.initialState(), 0);
    queue.add(workflow.initialState());
    while (!queue.isEmpty()) {
      String state = queue.poll();
      for (Transition row : workflow.from(state)) {
        if (row.changesState() && !depth.containsKey(row.to())) {
          depth.put(row.to(), depth.get(state) + 1);
          queue.add(row.to());
        }
      }
    }
    int lastOpen = 0;
    for (String state : workflow.states()) {
      if (!workflow.isFinal(state)) {
        lastOpen = Math.max(lastOpen, depth.getOrDefault(state, 0));
      }
    }
    Map<Integer, List<String>> columns = new TreeMap<>();
    for (String state : workflow.states()) {
      int column = workflow.isFinal(state) ? lastOpen + 1 : depth.getOrDefault(state, 0);
      columns.computeIfAbsent(column, k -> new ArrayList<>()).add(state);
    }
    Map<String, int[]> at = new LinkedHashMap<>();
    columns.forEach(
        (column, states) -> {
          for (int row = 0; row < states.size(); row++) {
            at.put(states.get(row), new int[] {20 + column * COL_W, 20 + row * ROW_H});
          }
        });
    return at;
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
