package org.steward.model.change;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;

/**
 * Makes a change the platform accepted the local catalog's state. {@link #apply} runs inside the caller's
 * transaction (the one that records the push outcome), so the catalog, the change's state and the audit log move
 * together; {@link #committed} then refreshes what is derived from the catalog (search index, lineage, propagated
 * labels) once that transaction is durable.
 */
public interface LocalApply {

    /**
     * Writes {@code change} into the catalog tables and marks it {@link ChangeState#APPLIED}, once: a change
     * already applied locally is left alone.
     *
     * @return the entities whose stored state changed, empty when the change was already applied
     */
    Set<Long> apply(Connection connection, long changeId, Change change, String actor) throws SQLException;

    /** After the transaction of one or more {@link #apply} calls committed. */
    void committed(Set<Long> touchedEntities, String actor);
}
