package org.saferpartnerships.platform.mail;

/**
 * Where one kind of outgoing e-mail waits: an entity (and its table) with a state column holding
 * {@code PENDING}, {@code SENT} or {@code FAILED}, a count of attempts, and the columns every
 * outbox row has: {@code id}, {@code lease_until}/{@code leaseUntil}, {@code sent_at}/{@code
 * sentAt} and {@code last_error}/{@code lastError}. The names are the application's own, never a
 * caller's input.
 *
 * @param name what the log calls a message of this kind
 * @param table the table, for claiming rows with {@code FOR UPDATE SKIP LOCKED}
 * @param stateColumn the state's column in that table
 * @param entity the entity, for the updates (so that its converters apply)
 * @param stateField the state's attribute in the entity
 * @param attemptsField the attempts' attribute in the entity
 * @param sent the entity's state for a message the server took
 * @param failed the entity's state for a message given up on
 */
public record OutboxTable(
    String name,
    String table,
    String stateColumn,
    String entity,
    String stateField,
    String attemptsField,
    Enum<?> sent,
    Enum<?> failed) {}
