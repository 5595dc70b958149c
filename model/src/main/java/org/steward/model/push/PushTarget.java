package org.steward.model.push;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A platform that takes approved changes (Apache Atlas in the connectors module). The engine hands it a batch; the
 * target reads the remote entities, decides per change whether it is already applied, conflicted or to be sent,
 * calls {@code beforeSending} with the ids it is about to send (the engine records them durably as in flight), then
 * sends them, batched where the platform allows.
 */
public interface PushTarget {

    /** The endpoint's name, shown and audited. */
    String endpoint();

    /** The breaker guarding calls to this platform. */
    CircuitBreaker breaker();

    /** How many HTTP requests this target has made so far. */
    long requestCount();

    /**
     * Pushes {@code items}; returns an outcome per change id. Throws {@link PushException} when the platform could
     * not be reached at all (then no outcome is known for any item).
     */
    Map<Long, PushOutcome> push(List<PushItem> items, Consumer<List<Long>> beforeSending);
}
