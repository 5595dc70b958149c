package org.steward.model.masking;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The SQL dialects Steward writes masking DDL for. */
public enum SqlDialect {
    POSTGRESQL("postgresql", "PostgreSQL (masked view)"),
    SNOWFLAKE("snowflake", "Snowflake (masking policies)");

    private final String id;
    private final String label;

    SqlDialect(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Optional<SqlDialect> byId(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (wanted.equals("postgres") || wanted.equals("pg")) {
            return Optional.of(POSTGRESQL);
        }
        return Arrays.stream(values()).filter(d -> d.id.equals(wanted)).findFirst();
    }
}
