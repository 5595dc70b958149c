package org.steward.views.audit;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.steward.model.audit.AuditEvent;
import org.steward.model.audit.AuditLog;
import org.steward.model.audit.AuditQuery;
import org.steward.model.audit.AuditReport;
import org.steward.model.audit.AuditReportWriter;
import org.steward.model.audit.AuditVerification;
import org.steward.model.workspace.Workspace;
import org.steward.views.task.BackgroundJob;
import org.steward.views.task.TaskExecutor;

/**
 * The Audit area's state: events filtered by user, subject, kind and dates (newest first, at most {@link #LIMIT}),
 * the chain's verification with the first bad row, and exports through the app's report writers.
 */
public final class AuditViewModel {
    public static final int LIMIT = 5_000;

    private final Workspace workspace;
    private final AuditLog log;
    private final String user;
    private final TaskExecutor executor;
    private final List<AuditReportWriter> writers;
    private final StringProperty actor = new SimpleStringProperty(this, "actor", "");
    private final StringProperty subject = new SimpleStringProperty(this, "subject", "");
    private final StringProperty kind = new SimpleStringProperty(this, "kind", "");
    private final ObjectProperty<LocalDate> since = new SimpleObjectProperty<>(this, "since");
    private final ObjectProperty<LocalDate> until = new SimpleObjectProperty<>(this, "until");
    private final ObservableList<AuditEvent> events = FXCollections.observableArrayList();
    private final ObservableList<String> actors = FXCollections.observableArrayList();
    private final ObservableList<String> actions = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper(this, "verdict", "");
    private final ReadOnlyLongWrapper badSeq = new ReadOnlyLongWrapper(this, "badSeq", -1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private long generation;

    public AuditViewModel(Workspace workspace, String user, TaskExecutor executor, List<AuditReportWriter> writers) {
        this.workspace = workspace;
        this.log = workspace.audit();
        this.user = user;
        this.executor = executor;
        this.writers = List.copyOf(writers);
    }

    /** The filter as the log understands it: dates in the local time zone, "until" inclusive. */
    public AuditQuery query() {
        ZoneId zone = ZoneId.systemDefault();
        Instant from = since.get() == null ? null : since.get().atStartOfDay(zone).toInstant();
        Instant to = until.get() == null ? null : until.get().plusDays(1).atStartOfDay(zone).toInstant();
        return new AuditQuery(actor.get(), subject.get(), kind.get(), from, to);
    }

    public void refresh() {
        long mine = ++generation;
        AuditQuery filter = query();
        long bad = badSeq.get();
        executor.execute(BackgroundJob.quiet("Reading the audit log", monitor -> {
            List<AuditEvent> found = new ArrayList<>(log.query(filter, LIMIT));
            if (bad > 0 && found.stream().noneMatch(event -> event.seq() == bad)) {
                log.event(bad).ifPresent(found::add);
                found.sort(Comparator.comparingLong(AuditEvent::seq).reversed());
            }
            return new Loaded(found, log.actors(), log.actions());
        }, loaded -> {
            if (mine != generation) {
                return;
            }
            events.setAll(loaded.events());
            keep(actors, loaded.actors());
            keep(actions, loaded.actions());
            summary.set(loaded.events().size() >= LIMIT ? "the newest " + LIMIT + " matching events"
                    : loaded.events().size() + (loaded.events().size() == 1 ? " event" : " events"));
        }));
    }

    private static void keep(ObservableList<String> target, List<String> values) {
        if (!target.equals(values)) {
            target.setAll(values);
        }
    }

    public void clearFilters() {
        actor.set("");
        subject.set("");
        kind.set("");
        since.set(null);
        until.set(null);
        refresh();
    }

    /** Re-computes the whole chain; a bad row is then shown (even if filtered out) and named. */
    public void verify() {
        executor.execute(BackgroundJob.visible("Verifying the audit chain", monitor -> log.verify(), result -> {
            badSeq.set(result.firstBadSeq().orElse(-1));
            verdict.set(verdictText(result));
            refresh();
        }));
    }

    static String verdictText(AuditVerification result) {
        return result.intact() ? "Chain OK: " + result.eventsChecked() + " events verified."
                : "Chain broken at event " + result.firstBadSeq().getAsLong() + ": " + result.problem() + ".";
    }

    public List<AuditReportWriter> writers() {
        return writers;
    }

    /** Writes the filtered events, oldest first, with a fresh verification of the whole chain. */
    public void export(AuditReportWriter writer, Path file) {
        AuditQuery filter = query();
        executor.execute(BackgroundJob.visible("Exporting the audit log as " + writer.format(), monitor -> {
            AuditReport report = log.report(workspace.name(), filter, user);
            writer.write(report, file);
            return report;
        }, report -> message.set("Exported " + report.events().size() + " events to " + file + " ("
                + report.verificationText() + ").")).onFailure(error -> message.set("Could not export to " + file
                + ": " + error.getMessage())));
    }

    public StringProperty actorProperty() {
        return actor;
    }

    public StringProperty subjectProperty() {
        return subject;
    }

    public StringProperty kindProperty() {
        return kind;
    }

    public ObjectProperty<LocalDate> sinceProperty() {
        return since;
    }

    public ObjectProperty<LocalDate> untilProperty() {
        return until;
    }

    public ObservableList<AuditEvent> events() {
        return events;
    }

    public ObservableList<String> actors() {
        return actors;
    }

    public ObservableList<String> actions() {
        return actions;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    /** The first row the chain names as bad, or -1. */
    public ReadOnlyLongProperty badSeqProperty() {
        return badSeq.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    private record Loaded(List<AuditEvent> events, List<String> actors, List<String> actions) {
    }
}
