package org.steward.model.push;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** A platform whose answer per change is scripted: applied unless told otherwise. */
final class ScriptedTarget implements PushTarget {
    private final CircuitBreaker breaker = new CircuitBreaker(5, Duration.ofMillis(100));
    private final Map<Long, PushOutcome> answers = new HashMap<>();
    private long requests;

    ScriptedTarget answer(long changeId, PushOutcome outcome) {
        answers.put(changeId, outcome);
        return this;
    }

    @Override
    public String endpoint() {
        return "scripted";
    }

    @Override
    public CircuitBreaker breaker() {
        return breaker;
    }

    @Override
    public long requestCount() {
        return requests;
    }

    @Override
    public Map<Long, PushOutcome> push(List<PushItem> items, Consumer<List<Long>> beforeSending) {
        beforeSending.accept(items.stream().map(PushItem::changeId).toList());
        requests++;
        Map<Long, PushOutcome> outcomes = new LinkedHashMap<>();
        items.forEach(item -> outcomes.put(item.changeId(),
                answers.getOrDefault(item.changeId(), new PushOutcome.Applied("{}"))));
        return outcomes;
    }
}
