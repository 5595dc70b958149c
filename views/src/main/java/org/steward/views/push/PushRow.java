package org.steward.views.push;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.steward.model.push.PushRecord;
import org.steward.model.push.PushState;

/** One change of the change set being pushed, as the table shows it; its state changes live during a push. */
public final class PushRow {
    private final long changeId;
    private final String entity;
    private final String summary;
    private final ObjectProperty<PushState> state = new SimpleObjectProperty<>(this, "state");
    private final IntegerProperty attempts = new SimpleIntegerProperty(this, "attempts");
    private final StringProperty detail = new SimpleStringProperty(this, "detail", "");

    PushRow(long changeId, String entity, String summary, PushState state, int attempts, String detail) {
        this.changeId = changeId;
        this.entity = entity;
        this.summary = summary;
        this.state.set(state);
        this.attempts.set(attempts);
        this.detail.set(detail);
    }

    static PushRow of(PushRecord record, String entity) {
        String detail = record.state() == PushState.FAILED ? record.lastError()
                : record.conflict().map(c -> "Atlas has: " + c.theirs()).orElse(record.remoteResponse());
        return new PushRow(record.changeId(), entity, record.change().summary(), record.state(), record.attempts(),
                detail);
    }

    public long changeId() {
        return changeId;
    }

    /** The qualified name of the entity the change belongs to. */
    public String entity() {
        return entity;
    }

    public String summary() {
        return summary;
    }

    public ObjectProperty<PushState> stateProperty() {
        return state;
    }

    public IntegerProperty attemptsProperty() {
        return attempts;
    }

    public StringProperty detailProperty() {
        return detail;
    }
}
