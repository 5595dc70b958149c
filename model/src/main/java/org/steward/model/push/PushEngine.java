package org.steward.model.push;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.steward.model.audit.AuditLog;
import org.steward.model.change.Change;
import org.steward.model.change.ChangeSetStatus;
import org.steward.model.change.LineageEdgeAdded;
import org.steward.model.change.LineageEdgeRemoved;
import org.steward.model.change.ProcessAdded;

/**
 * Pushes an approved change set to a platform in batches. Every change not yet settled goes to the target, which
 * reads the remote state first, so a change already applied (by an earlier push that crashed, a retry, or anyone)
 * is recorded as applied and never sent twice. Changes are written as in flight, durably, before their request
 * leaves. When the target's circuit breaker opens, the engine waits out the cool-down for a probe, and after
 * {@code maxBreakerWaits} such waits marks what is left failed instead of hammering the server. What the platform
 * accepted becomes the local catalog's state batch by batch; the search index, lineage and propagated labels are
 * refreshed once, when the push ends.
 */
public final class PushEngine {
    private final PushStore store;
    private final PushCompletion completion;
    private final AuditLog audit;
    private final int batchSize;
    private final int maxBreakerWaits;

    public PushEngine(PushStore store, PushCompletion completion, AuditLog audit, int batchSize,
                      int maxBreakerWaits) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("a batch holds at least one change");
        }
        this.store = store;
        this.completion = completion;
        this.audit = audit;
        this.batchSize = batchSize;
        this.maxBreakerWaits = maxBreakerWaits;
    }

    public PushEngine(PushStore store, PushCompletion completion, AuditLog audit) {
        this(store, completion, audit, 100, 3);
    }

    /** Pushes the change set's unsettled changes; {@code cancelled} is checked between batches. */
    public PushResult push(long changeSetId, PushTarget target, String actor, PushListener listener,
                           BooleanSupplier cancelled) {
        completion.checkMayPush(changeSetId, actor);
        long requestsBefore = target.requestCount();
        List<PushRecord> records = store.queue(changeSetId, target.endpoint(), actor);
        List<PushRecord> todo = records.stream().filter(r -> !r.state().isSettled()).toList();
        int total = records.size();
        int settled = total - todo.size();
        listener.progress(settled, total);
        CircuitBreaker.Listener breakerListener = (state, reason) -> {
            audit.append(actor, "push.breaker." + state.name().toLowerCase().replace('_', '-'), target.endpoint(),
                    reason);
            listener.breaker(state, reason);
        };
        target.breaker().addListener(breakerListener);
        boolean wasCancelled = false;
        int breakerWaits = 0;
        Set<Long> appliedLocally = new HashSet<>();
        try {
            for (int start = 0; start < todo.size(); start += batchSize) {
                if (cancelled.getAsBoolean()) {
                    wasCancelled = true;
                    break;
                }
                List<PushRecord> batch = todo.subList(start, Math.min(todo.size(), start + batchSize));
                List<PushItem> items = items(batch, target.endpoint());
                Map<Long, PushOutcome> outcomes = null;
                while (outcomes == null) {
                    try {
                        outcomes = target.push(items, ids -> {
                            store.markInFlight(ids, target.endpoint(), actor);
                            ids.forEach(id -> listener.changed(id, PushState.IN_FLIGHT, "sending"));
                        });
                    } catch (PushException e) {
                        if (e.breakerOpen() && breakerWaits < maxBreakerWaits && !cancelled.getAsBoolean()) {
                            breakerWaits++;
                            if (!sleep(target.breaker().waitBeforeCall(), cancelled)) {
                                wasCancelled = true;
                                break;
                            }
                        } else {
                            outcomes = failAll(items, e.getMessage());
                        }
                    }
                }
                if (outcomes == null) {
                    break;
                }
                Map<Long, PushOutcome> complete = new LinkedHashMap<>();
                for (PushItem item : items) {
                    complete.put(item.changeId(), outcomes.getOrDefault(item.changeId(),
                            new PushOutcome.Failed("the platform gave no answer for this change")));
                }
                appliedLocally.addAll(store.recordBatch(items, complete, target.endpoint(), actor));
                complete.forEach((id, outcome) -> listener.changed(id, outcome.state(), summary(outcome)));
                settled += items.size();
                listener.progress(settled, total);
            }
        } finally {
            target.breaker().removeListener(breakerListener);
            store.refresh(appliedLocally, actor);
        }
        Optional<ChangeSetStatus> status;
        if (wasCancelled) {
            audit.append(actor, "push.cancelled", "change set " + changeSetId,
                    "stopped by the user after " + settled + " of " + total + " changes");
            status = Optional.empty();
        } else {
            status = Optional.of(completion.finish(changeSetId, actor));
        }
        Map<PushState, Integer> counts = new EnumMap<>(PushState.class);
        store.forSet(changeSetId).forEach(r -> counts.merge(r.state(), 1, Integer::sum));
        return new PushResult(changeSetId, status, counts, target.requestCount() - requestsBefore, wasCancelled);
    }

    private List<PushItem> items(List<PushRecord> batch, String endpoint) {
        Set<Long> ids = new HashSet<>();
        batch.forEach(record -> ids.addAll(referenced(record.change())));
        Map<Long, EntityRef> refs = store.entities(ids, endpoint);
        List<PushItem> items = new ArrayList<>();
        for (PushRecord record : batch) {
            Map<Long, EntityRef> own = new LinkedHashMap<>();
            for (long id : referenced(record.change())) {
                EntityRef ref = refs.get(id);
                if (ref != null) {
                    own.put(id, ref);
                }
            }
            items.add(new PushItem(record.changeId(), record.change(), own));
        }
        return items;
    }

    static List<Long> referenced(Change change) {
        List<Long> ids = new ArrayList<>();
        ids.add(change.entityId());
        if (change instanceof LineageEdgeAdded added) {
            ids.add(added.toId());
            if (added.viaProcessId() != null) {
                ids.add(added.viaProcessId());
            }
        } else if (change instanceof LineageEdgeRemoved removed) {
            ids.add(removed.toId());
        } else if (change instanceof ProcessAdded process) {
            ids.addAll(process.inputIds());
            ids.addAll(process.outputIds());
        }
        return ids;
    }

    private static Map<Long, PushOutcome> failAll(List<PushItem> items, String error) {
        Map<Long, PushOutcome> outcomes = new LinkedHashMap<>();
        items.forEach(item -> outcomes.put(item.changeId(), new PushOutcome.Failed(error)));
        return outcomes;
    }

    private static String summary(PushOutcome outcome) {
        if (outcome instanceof PushOutcome.Failed failed) {
            return failed.error();
        } else if (outcome instanceof PushOutcome.Conflicted conflicted) {
            return conflicted.detail();
        } else if (outcome instanceof PushOutcome.AlreadyApplied already) {
            return "already applied: " + already.evidence();
        }
        return "applied";
    }

    /** Sleeps in short steps so a cancel is heard; false when cancelled. */
    private static boolean sleep(Duration duration, BooleanSupplier cancelled) {
        long end = System.nanoTime() + duration.toNanos();
        try {
            while (System.nanoTime() < end) {
                if (cancelled.getAsBoolean()) {
                    return false;
                }
                Thread.sleep(Math.max(1, Math.min(50, (end - System.nanoTime()) / 1_000_000)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return true;
    }
}
