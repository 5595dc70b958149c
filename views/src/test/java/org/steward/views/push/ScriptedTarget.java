package org.steward.views.push;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.steward.model.change.DescriptionChange;
import org.steward.model.push.CircuitBreaker;
import org.steward.model.push.Conflict;
import org.steward.model.push.PushItem;
import org.steward.model.push.PushOutcome;
import org.steward.model.push.PushTarget;

/** A platform that applies every change except descriptions, which someone changed to "Theirs." meanwhile. */
final class ScriptedTarget implements PushTarget {
    final CircuitBreaker breaker = new CircuitBreaker(2, Duration.ofMinutes(1));
    int failuresBeforeAnswering;
    long requests;

    @Override
    public String endpoint() {
        return "test-atlas";
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
        for (; failuresBeforeAnswering > 0; failuresBeforeAnswering--) {
            requests++;
            breaker.onFailure("503 from the test");
        }
        breaker.onSuccess();
        Map<Long, PushOutcome> outcomes = new LinkedHashMap<>();
        List<Long> sending = items.stream().filter(i -> !(i.change() instanceof DescriptionChange))
                .map(PushItem::changeId).toList();
        beforeSending.accept(sending);
        for (PushItem item : items) {
            requests++;
            if (item.change() instanceof DescriptionChange description) {
                outcomes.put(item.changeId(), new PushOutcome.Conflicted(new Conflict(description.before(),
                        description.after(), "Theirs."), "description was changed on Atlas"));
            } else {
                outcomes.put(item.changeId(), new PushOutcome.Applied("204"));
            }
        }
        return outcomes;
    }
}
