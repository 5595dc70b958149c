package org.steward.model.masking;

import java.util.List;
import java.util.StringJoiner;
import org.steward.model.catalog.Entity;

/**
 * A masked view for PostgreSQL 11 or newer, built only from built-in functions (no pgcrypto): helper SQL functions
 * in schema {@value #SCHEMA}, the salt in a one-row table only its owner reads (the view reads it with its owner's
 * rights), and {@code CREATE OR REPLACE VIEW schema.table_masked}.
 */
final class PostgresMaskingDdl {
    static final String SCHEMA = "steward_masking";
    static final String VIEW_SUFFIX = "_masked";
    private static final String SALT = "(SELECT salt FROM " + SCHEMA + ".salt)";

    private PostgresMaskingDdl() {
    }

    static String generate(MaskingPlan plan, DdlOptions options, MaskingSalt salt) {
        Entity dataset = plan.dataset();
        String table = qualified(dataset.schema(), dataset.name());
        String view = qualified(dataset.schema(), SqlText.suffixed(dataset.name(), VIEW_SUFFIX));
        StringBuilder sql = new StringBuilder();
        sql.append("-- Masked view of ").append(SqlText.comment(dataset.qualifiedName())).append(", written by Steward.\n")
                .append("-- PostgreSQL 11 or newer; built-in functions only. Run it as the table's owner, then grant\n")
                .append("-- readers SELECT on ").append(SqlText.comment(view)).append(" and nothing on the table.\n")
                .append("-- If a rule changed a column's type since the view was made, DROP VIEW it first.\n");
        for (ColumnMasking column : plan.columns()) {
            sql.append("--   ").append(SqlText.comment(column.name())).append(": ").append(describe(column))
                    .append('\n');
        }
        sql.append('\n').append(PostgresHelpers.definitions());
        sql.append(saltSection(options, salt)).append('\n');
        sql.append("CREATE OR REPLACE VIEW ").append(view).append(" AS\nSELECT\n");
        StringJoiner columns = new StringJoiner(",\n");
        for (ColumnMasking column : plan.columns()) {
            String name = SqlText.postgresIdentifier(column.name());
            columns.add("    " + column.function().map(f -> expression(f, text(column, name)) + " AS " + name)
                    .orElse(name));
        }
        sql.append(columns).append("\nFROM ").append(table).append(";\n");
        return sql.toString();
    }

    static String describe(ColumnMasking column) {
        if (column.function().isEmpty()) {
            return column.source().label();
        }
        return column.function().get().id() + column.decidedBy().map(label -> " (" + SqlText.comment(label) + ")")
                .orElse(" (" + column.source().label() + ")");
    }

    private static String saltSection(DdlOptions options, MaskingSalt salt) {
        StringBuilder sql = new StringBuilder();
        sql.append("CREATE TABLE IF NOT EXISTS ").append(SCHEMA).append(".salt (\n")
                .append("    id boolean PRIMARY KEY DEFAULT true CHECK (id),\n")
                .append("    salt text NOT NULL\n);\n")
                .append("REVOKE ALL ON ").append(SCHEMA).append(".salt FROM PUBLIC;\n");
        if (options.includeSalt()) {
            sql.append("-- The workspace's salt: keep this script as secret as the data.\n")
                    .append("INSERT INTO ").append(SCHEMA).append(".salt (salt) VALUES (")
                    .append(SqlText.postgresString(salt.value()))
                    .append(")\n    ON CONFLICT (id) DO UPDATE SET salt = EXCLUDED.salt;\n");
        } else {
            sql.append("-- The salt is not in this script. Load the workspace's salt once (from Steward's DDL with the\n")
                    .append("-- salt included); until then hashed and tokenised columns read NULL, never real values:\n")
                    .append("--   INSERT INTO ").append(SCHEMA).append(".salt (salt) VALUES ('…')")
                    .append(" ON CONFLICT (id) DO UPDATE SET salt = EXCLUDED.salt;\n");
        }
        return sql.toString();
    }

    /** The column as text, the form the Java preview masks. */
    private static String text(ColumnMasking column, String name) {
        return column.kind() == ColumnKind.NETWORK_ADDRESS ? "host(" + name + ")" : name + "::text";
    }

    static String expression(MaskingFunction function, String value) {
        if (function instanceof PartialMask partial) {
            return SCHEMA + ".partial(" + value + ", " + partial.keepLast() + ")";
        }
        if (function instanceof SaltedHash) {
            return SCHEMA + ".salted_hash(" + value + ", " + SALT + ")";
        }
        if (function instanceof FormatPreservingToken token) {
            return SCHEMA + ".fp_token(" + value + ", " + SALT + ", " + token.keepEmailDomain() + ")";
        }
        if (function instanceof Generalisation generalisation) {
            return SCHEMA + "." + PostgresHelpers.generaliser(generalisation.granularity()) + "(" + value + ")";
        }
        return "CASE WHEN " + value + " IS NULL THEN NULL ELSE " + SqlText.postgresString(MaskingFunction.REDACTED)
                + " END";
    }

    private static String qualified(String schema, String name) {
        List<String> parts = schema.isEmpty() ? List.of(name) : List.of(schema, name);
        StringJoiner joined = new StringJoiner(".");
        parts.forEach(part -> joined.add(SqlText.postgresIdentifier(part)));
        return joined.toString();
    }
}
