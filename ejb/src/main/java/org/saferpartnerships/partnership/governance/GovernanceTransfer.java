package org.saferpartnerships.partnership.governance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A change of who holds PCC functions for a force area (to a mayor, a PFCC or a board): the new
 * body, the kind of governance and the first day it holds them.
 */
public record GovernanceTransfer(
    @NotBlank(message = "{governance.pfa.required}") String pfaCode,
    @NotBlank(message = "{governance.body.required}")
        @Size(max = 200, message = "{organisation.name.size}")
        String bodyName,
    @Size(max = 200, message = "{organisation.name.size}") String bodyNameCy,
    @NotNull(message = "{governance.type.required}") GovernanceType type,
    @NotNull(message = "{governance.effectiveOn.required}") LocalDate effectiveOn,
    @Size(max = 500, message = "{governance.note.size}") String source,
    @Size(max = 500, message = "{governance.note.size}") String note)
    implements Serializable {}
