package org.saferpartnerships.consultation.coding;

/** A theme of a codebook in tree order, its depth (0 at the top) and the answers given it. */
public record ThemeView(
    long id,
    Long parentId,
    int depth,
    String code,
    String labelEn,
    String labelCy,
    String definitionEn,
    String definitionCy,
    long version,
    long answers)
    implements java.io.Serializable {}
