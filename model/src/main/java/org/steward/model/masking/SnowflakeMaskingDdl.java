package org.steward.model.masking;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import org.steward.model.catalog.Entity;

/**
 * One Snowflake masking policy per masked column, attached with {@code ALTER TABLE … MODIFY COLUMN … SET MASKING
 * POLICY}. Roles named in the options see real values. A policy must return its column's type, so a text-making rule
 * on a date or number column generalises in that type where it can (year → first day of the year, age band → its
 * lower bound, area → one decimal) and returns NULL where it cannot.
 */
final class SnowflakeMaskingDdl {
    static final String SCHEMA = "STEWARD_MASKING";
    private static final String POLICY_SUFFIX = "_mask";

    private SnowflakeMaskingDdl() {
    }

    static String generate(MaskingPlan plan, DdlOptions options, MaskingSalt salt) {
        Entity dataset = plan.dataset();
        List<String> tableParts = new ArrayList<>();
        if (!dataset.database().isEmpty()) {
            tableParts.add(dataset.database());
        }
        if (!dataset.schema().isEmpty()) {
            tableParts.add(dataset.schema());
        }
        String helpers = qualified(dataset.database().isEmpty() ? List.of(SCHEMA) : List.of(dataset.database(), SCHEMA));
        String saltTable = helpers + ".SALT";
        String table = qualified(append(tableParts, dataset.name()));
        StringJoiner roles = new StringJoiner(", ");
        options.unmaskedRoles().forEach(role -> roles.add(SqlText.snowflakeString(role.toUpperCase(Locale.ROOT))));
        StringBuilder sql = new StringBuilder();
        sql.append("-- Masking policies for ").append(SqlText.comment(dataset.qualifiedName()))
                .append(", written by Steward.\n")
                .append("-- Roles that see real values: ").append(roles)
                .append(". Run as a role that may create and apply masking policies.\n");
        for (ColumnMasking column : plan.columns()) {
            sql.append("--   ").append(SqlText.comment(column.name())).append(": ")
                    .append(PostgresMaskingDdl.describe(column)).append('\n');
        }
        sql.append('\n').append("CREATE SCHEMA IF NOT EXISTS ").append(helpers).append(";\n")
                .append("CREATE TABLE IF NOT EXISTS ").append(saltTable).append(" (SALT VARCHAR NOT NULL);\n");
        if (options.includeSalt()) {
            sql.append("-- The workspace's salt: keep this script as secret as the data.\n")
                    .append("DELETE FROM ").append(saltTable).append(";\n")
                    .append("INSERT INTO ").append(saltTable).append(" (SALT) VALUES (")
                    .append(SqlText.snowflakeString(salt.value())).append(");\n");
        } else {
            sql.append("-- The salt is not in this script. Load the workspace's salt once (from Steward's DDL with the\n")
                    .append("-- salt included); until then hashed and tokenised columns read NULL, never real values.\n");
        }
        sql.append('\n').append(SnowflakeHelpers.definitions(helpers)).append('\n');
        String saltQuery = "(SELECT MAX(SALT) FROM " + saltTable + ")";
        for (ColumnMasking column : plan.maskedColumns()) {
            String policy = qualified(append(tableParts, policyName(dataset.name(), column.name())));
            String type = signatureType(column);
            String body = "CASE WHEN CURRENT_ROLE() IN (" + roles + ") THEN VAL\n         ELSE "
                    + expression(column, saltQuery, helpers) + " END";
            sql.append("CREATE MASKING POLICY IF NOT EXISTS ").append(policy).append(" AS (VAL ").append(type)
                    .append(") RETURNS ").append(type).append(" ->\n    ").append(body).append(";\n")
                    .append("ALTER MASKING POLICY ").append(policy).append(" SET BODY ->\n    ").append(body)
                    .append(";\n")
                    .append("ALTER TABLE ").append(table).append(" MODIFY COLUMN ")
                    .append(SqlText.snowflakeIdentifier(column.name())).append(" SET MASKING POLICY ").append(policy)
                    .append(" FORCE;\n\n");
        }
        return sql.toString();
    }

    /** Policies are Steward's own objects: a plain upper-case name made from the table's and the column's. */
    static String policyName(String table, String column) {
        String name = (table + "_" + column + POLICY_SUFFIX).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9_$]", "_");
        return Character.isDigit(name.charAt(0)) ? "_" + name : name;
    }

    private static String signatureType(ColumnMasking column) {
        return switch (column.kind()) {
            case TEXT, NETWORK_ADDRESS -> "VARCHAR";
            default -> column.dataType().trim().toUpperCase(Locale.ROOT);
        };
    }

    static String expression(ColumnMasking column, String saltQuery, String helpers) {
        MaskingFunction function = column.function().orElseThrow();
        ColumnKind kind = column.kind();
        if (kind != ColumnKind.TEXT && kind != ColumnKind.NETWORK_ADDRESS) {
            return typedExpression(function, kind);
        }
        String value = "VAL";
        if (function instanceof PartialMask partial) {
            return helpers + ".PARTIAL(" + value + ", " + partial.keepLast() + ")";
        }
        if (function instanceof SaltedHash) {
            return "SHA2(" + saltQuery + " || " + value + ", 256)";
        }
        if (function instanceof FormatPreservingToken token) {
            return helpers + ".FP_TOKEN(" + value + ", SHA2(" + saltQuery + " || "
                    + SqlText.snowflakeString(FormatPreservingToken.DOMAIN_SEPARATION) + " || " + value + ", 256), "
                    + String.valueOf(token.keepEmailDomain()).toUpperCase(Locale.ROOT) + ")";
        }
        if (function instanceof Generalisation generalisation) {
            return generalisation(generalisation.granularity(), value);
        }
        return "IFF(" + value + " IS NULL, NULL, " + SqlText.snowflakeString(MaskingFunction.REDACTED) + ")";
    }

    private static String typedExpression(MaskingFunction function, ColumnKind kind) {
        if (function instanceof Generalisation generalisation) {
            Granularity granularity = generalisation.granularity();
            if (granularity == Granularity.YEAR && (kind == ColumnKind.DATE || kind == ColumnKind.TIMESTAMP)) {
                return "DATE_TRUNC('YEAR', VAL)";
            }
            if (granularity == Granularity.AGE_BAND && kind == ColumnKind.NUMBER) {
                return "IFF(VAL >= " + Granularity.OLDEST_BAND + ", " + Granularity.OLDEST_BAND + ", FLOOR(VAL / "
                        + Granularity.BAND + ") * " + Granularity.BAND + ")";
            }
            if (granularity == Granularity.AREA && kind == ColumnKind.NUMBER) {
                return "TRUNC(VAL, 1)";
            }
        }
        return "NULL /* " + function.id() + " makes text; a policy must return the column's type */";
    }

    private static String generalisation(Granularity granularity, String value) {
        String redacted = SqlText.snowflakeString(MaskingFunction.REDACTED);
        if (granularity == Granularity.AGE_BAND) {
            String number = "TO_NUMBER(" + value + ")";
            String low = "FLOOR(" + number + " / " + Granularity.BAND + ") * " + Granularity.BAND;
            return "CASE WHEN " + value + " IS NULL THEN NULL WHEN NOT REGEXP_LIKE(" + value + ", "
                    + SqlText.snowflakeString(Granularity.AGE_SHAPE) + ") THEN " + redacted + " WHEN " + number
                    + " >= " + Granularity.OLDEST_BAND + " THEN '" + Granularity.OLDEST_BAND + "+' ELSE TO_VARCHAR("
                    + low + ") || '-' || TO_VARCHAR(" + low + " + " + (Granularity.BAND - 1) + ") END";
        }
        StringBuilder sql = new StringBuilder("CASE WHEN ").append(value).append(" IS NULL THEN NULL");
        for (ShapeRule shape : granularity.shapes()) {
            String pattern = SqlText.snowflakeString(shape.pattern());
            sql.append("\n              WHEN REGEXP_LIKE(").append(value).append(", ").append(pattern)
                    .append(") THEN REGEXP_REPLACE(").append(value).append(", ").append(pattern).append(", ")
                    .append(SqlText.snowflakeString(shape.replacementWith("\\"))).append(')');
        }
        return sql.append("\n              ELSE ").append(redacted).append(" END").toString();
    }

    private static List<String> append(List<String> parts, String last) {
        List<String> out = new ArrayList<>(parts);
        out.add(last);
        return out;
    }

    private static String qualified(List<String> parts) {
        StringJoiner joined = new StringJoiner(".");
        parts.forEach(part -> joined.add(SqlText.snowflakeIdentifier(part)));
        return joined.toString();
    }
}
