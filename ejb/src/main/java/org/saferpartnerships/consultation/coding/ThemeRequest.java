package org.saferpartnerships.consultation.coding;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A theme to add to a codebook (or the new wording of one): code, labels, definitions, parent. */
public record ThemeRequest(
    @NotBlank
        @Size(max = 40)
        @Pattern(regexp = "[\\p{L}\\p{N}_.\\-]+", message = "{theme.code.pattern}")
        String code,
    @NotBlank @Size(max = 200) String labelEn,
    @Size(max = 200) String labelCy,
    @Size(max = 2000) String definitionEn,
    @Size(max = 2000) String definitionCy,
    Long parentId) {}
