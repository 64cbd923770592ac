package org.saferpartnerships.account.sessions;

import java.time.Instant;

/** A session as its owner sees it; {@code current} marks the one they are looking from. */
public record SessionView(
    String id,
    Instant startedAt,
    Instant lastSeenAt,
    String browser,
    String address,
    boolean current)
    implements java.io.Serializable {}
