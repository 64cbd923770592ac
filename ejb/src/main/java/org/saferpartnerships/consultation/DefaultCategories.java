package org.saferpartnerships.consultation;

import java.util.List;

/** The respondent categories a consultation starts with unless its owner gives its own. */
public final class DefaultCategories {

  public static final List<ConsultationRequest.CategoryTerms> ALL =
      List.of(
          new ConsultationRequest.CategoryTerms(
              "PCC", "Police and crime commissioner", "Comisiynydd heddlu a throseddu"),
          new ConsultationRequest.CategoryTerms(
              "CSP", "Community safety partnership", "Partneriaeth diogelwch cymunedol"),
          new ConsultationRequest.CategoryTerms(
              "LOCAL_AUTHORITY", "Local authority", "Awdurdod lleol"),
          new ConsultationRequest.CategoryTerms("POLICE", "Police force", "Heddlu"),
          new ConsultationRequest.CategoryTerms(
              "FIRE", "Fire and rescue service", "Gwasanaeth tân ac achub"),
          new ConsultationRequest.CategoryTerms("HEALTH", "Health body", "Corff iechyd"),
          new ConsultationRequest.CategoryTerms(
              "VOLUNTARY", "Voluntary or community sector", "Sector gwirfoddol neu gymunedol"),
          new ConsultationRequest.CategoryTerms("BUSINESS", "Business", "Busnes"),
          new ConsultationRequest.CategoryTerms(
              "PUBLIC", "Member of the public", "Aelod o’r cyhoedd"),
          new ConsultationRequest.CategoryTerms("OTHER", "Other", "Arall"));

  private DefaultCategories() {}
}
