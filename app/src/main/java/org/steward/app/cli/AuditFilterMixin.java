package org.steward.app.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.steward.app.UserError;
import org.steward.model.audit.AuditQuery;
import picocli.CommandLine.Option;

/** The audit log's filters: user, entity, kind and time range. */
public final class AuditFilterMixin {

    @Option(names = "--user", paramLabel = "USER", description = "Only events by this user.")
    String user;

    @Option(names = "--entity", paramLabel = "TEXT",
            description = "Only events whose subject contains this text (a qualified name, \"change set 12\").")
    String entity;

    @Option(names = "--kind", paramLabel = "ACTION",
            description = "Only actions starting with this, e.g. changeset, change.proposed, catalog.imported.")
    String kind;

    @Option(names = "--since", paramLabel = "TIME", description = "From this date (2025-01-31, UTC) or instant.")
    String since;

    @Option(names = "--until", paramLabel = "TIME", description = "Before this date (UTC) or instant.")
    String until;

    AuditQuery query() {
        return new AuditQuery(user, entity, kind, instant("--since", since), instant("--until", until));
    }

    private static Instant instant(String option, String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException notADate) {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                throw new UserError(option + " " + text + " is neither a date like 2025-01-31 nor an instant like"
                        + " 2025-01-31T12:00:00Z");
            }
        }
    }
}
