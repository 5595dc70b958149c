package org.steward.model.masking;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Identifier quoting and string literals for the two dialects. */
final class SqlText {
    private static final Pattern POSTGRES_PLAIN = Pattern.compile("[a-z_][a-z0-9_$]*");
    private static final Pattern SNOWFLAKE_PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");
    private static final Set<String> POSTGRES_RESERVED = Set.of("all", "analyse", "analyze", "and", "any", "array",
            "as", "asc", "asymmetric", "authorization", "between", "bigint", "binary", "bit", "boolean", "both", "case",
            "cast", "char", "character", "check", "coalesce", "collate", "collation", "column", "concurrently",
            "constraint", "create", "cross", "current_catalog", "current_date", "current_role", "current_schema",
            "current_time", "current_timestamp", "current_user", "dec", "decimal", "default", "deferrable", "desc",
            "distinct", "do", "else", "end", "except", "exists", "extract", "false", "fetch", "float", "for",
            "foreign", "freeze", "from", "full", "grant", "group", "having", "ilike", "in", "initially", "inner",
            "inout", "int", "integer", "intersect", "interval", "into", "is", "isnull", "join", "lateral", "leading",
            "left", "like", "limit", "localtime", "localtimestamp", "national", "natural", "nchar", "none", "not",
            "notnull", "null", "nullif", "numeric", "offset", "on", "only", "or", "order", "out", "outer",
            "overlaps", "overlay", "placing", "position", "precision", "primary", "real", "references", "returning",
            "right", "row", "select", "session_user", "setof", "similar", "smallint", "some", "substring",
            "symmetric", "system_user", "table", "tablesample", "then", "time", "timestamp", "to", "trailing",
            "treat", "trim", "true", "union", "unique", "user", "using", "values", "varchar", "variadic", "verbose",
            "when", "where", "window", "with");
    private static final Set<String> SNOWFLAKE_RESERVED = Set.of("ACCOUNT", "ALL", "ALTER", "AND", "ANY", "AS",
            "BETWEEN", "BY", "CASE", "CAST", "CHECK", "COLUMN", "CONNECT", "CONNECTION", "CONSTRAINT", "CREATE",
            "CROSS", "CURRENT", "CURRENT_DATE", "CURRENT_TIME", "CURRENT_TIMESTAMP", "CURRENT_USER", "DATABASE",
            "DELETE", "DISTINCT", "DROP", "ELSE", "EXISTS", "FALSE", "FOLLOWING", "FOR", "FROM", "FULL", "GRANT",
            "GROUP", "GSCLUSTER", "HAVING", "ILIKE", "IN", "INCREMENT", "INNER", "INSERT", "INTERSECT", "INTO", "IS",
            "ISSUE", "JOIN", "LATERAL", "LEFT", "LIKE", "LOCALTIME", "LOCALTIMESTAMP", "MINUS", "NATURAL", "NOT",
            "NULL", "OF", "ON", "OR", "ORDER", "ORGANIZATION", "QUALIFY", "REGEXP", "REVOKE", "RIGHT", "RLIKE", "ROW",
            "ROWS", "SAMPLE", "SCHEMA", "SELECT", "SET", "SOME", "START", "TABLE", "TABLESAMPLE", "THEN", "TO",
            "TRIGGER", "TRUE", "TRY_CAST", "UNION", "UNIQUE", "UPDATE", "USING", "VALUES", "VIEW", "WHEN", "WHENEVER",
            "WHERE", "WITH");

    private SqlText() {
    }

    /** A PostgreSQL identifier: bare when PostgreSQL would keep it as written, else double-quoted. */
    static String postgresIdentifier(String name) {
        requireName(name);
        if (POSTGRES_PLAIN.matcher(name).matches() && !POSTGRES_RESERVED.contains(name)) {
            return name;
        }
        return quoted(name);
    }

    /**
     * A Snowflake identifier: bare when it is a plain name in one case (Snowflake resolves it case-insensitively),
     * double-quoted as written when it mixes case, has other characters or is reserved.
     */
    static String snowflakeIdentifier(String name) {
        requireName(name);
        boolean oneCase = name.equals(name.toUpperCase(Locale.ROOT)) || name.equals(name.toLowerCase(Locale.ROOT));
        if (SNOWFLAKE_PLAIN.matcher(name).matches() && oneCase
                && !SNOWFLAKE_RESERVED.contains(name.toUpperCase(Locale.ROOT))) {
            return name;
        }
        return quoted(name);
    }

    private static void requireName(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("an SQL identifier cannot be empty");
        }
        if (name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("an SQL identifier cannot contain a NUL character: " + name);
        }
    }

    private static String quoted(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    static String postgresString(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    static String snowflakeString(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    /** Text safe inside a {@code --} comment: one line. */
    static String comment(String text) {
        return text.replace('\r', ' ').replace('\n', ' ');
    }

    /** {@code name} with {@code suffix}, the suffix in upper case when the name is all upper case. */
    static String suffixed(String name, String suffix) {
        boolean upper = name.equals(name.toUpperCase(Locale.ROOT)) && !name.equals(name.toLowerCase(Locale.ROOT));
        return name + (upper ? suffix.toUpperCase(Locale.ROOT) : suffix);
    }
}
