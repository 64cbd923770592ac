package org.saferpartnerships.casereview.letters;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.saferpartnerships.audit.AuditAction;
import org.saferpartnerships.audit.AuditLog;
import org.saferpartnerships.identity.CallerScope;
import org.saferpartnerships.identity.Role;
import org.saferpartnerships.platform.errors.ConflictException;
import org.saferpartnerships.platform.errors.NotFoundException;
import org.saferpartnerships.platform.errors.ServiceException;

/**
 * The national letter templates, read and edited by administrators. A template may use only the
 * known placeholders; an unknown one is refused by name. Letters already sent keep their text.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class LetterTemplateService {

  @PersistenceContext private EntityManager em;

  @EJB private AuditLog audit;

  @Inject private Clock clock;

  @Inject private CallerScope caller;

  public List<LetterTemplateSummary> national() {
    return em.createQuery(
            "SELECT t FROM LetterTemplate t WHERE t.csp IS NULL ORDER BY t.kind, t.language",
            LetterTemplate.class)
        .getResultStream()
        .map(LetterTemplateSummary::of)
        .toList();
  }

  public LetterTemplateSummary edit(
      LetterKind kind,
      String language,
      long version,
      @NotBlank(message = "{letterTemplate.subject.required}")
          @Size(max = 200, message = "{letterTemplate.subject.size}")
          String subject,
      @NotBlank(message = "{letterTemplate.body.required}")
          @Size(max = 8000, message = "{letterTemplate.body.size}")
          String body) {
    LetterTemplate template =
        em.createQuery(
                "SELECT t FROM LetterTemplate t WHERE t.csp IS NULL AND t.kind = :kind"
                    + " AND t.language = :language",
                LetterTemplate.class)
            .setParameter("kind", kind)
            .setParameter("language", language)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new NotFoundException("notFound.letterTemplate", kind, language));
    if (template.getVersion() != version) {
      throw new ConflictException("stale.letterTemplate", kind, language);
    }
    Set<String> unknown = LetterText.unknownPlaceholders(subject + " " + body);
    if (!unknown.isEmpty()) {
      throw new ServiceException("letterTemplate.unknownPlaceholders", String.join(", ", unknown));
    }
    template.edit(subject.strip(), body.strip(), clock.instant(), caller.username());
    em.flush();
    audit.record(
        caller.username(),
        AuditAction.UPDATE,
        "LETTER_TEMPLATE",
        kind + "/" + language,
        null,
        "national template");
    return LetterTemplateSummary.of(template);
  }
}
