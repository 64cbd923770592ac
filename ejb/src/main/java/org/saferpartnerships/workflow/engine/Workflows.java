package org.saferpartnerships.workflow.engine;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.saferpartnerships.platform.errors.ServiceException;

/** Every {@link Workflow} bean of the application, by item type. */
@ApplicationScoped
public class Workflows {

  @Inject @Any private Instance<Workflow> beans;

  private final Map<String, Workflow> byType = new TreeMap<>();

  @PostConstruct
  void collect() {
    for (Workflow workflow : beans) {
      byType.put(workflow.type(), workflow);
    }
  }

  public Workflow of(String type) {
    return find(type).orElseThrow(() -> new ServiceException("workflow.unknownType", type));
  }

  public Optional<Workflow> find(String type) {
    return Optional.ofNullable(type == null ? null : byType.get(type));
  }

  public List<Workflow> all() {
    return byType.values().stream().sorted(Comparator.comparing(Workflow::type)).toList();
  }
}
