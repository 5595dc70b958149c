package org.steward.model.masking;

import java.util.Locale;

/**
 * The SQL functions the masked view calls, written from the same constants as the Java functions so both give the
 * same text: character classes by code point ({@code ascii()} is the code point in a UTF-8 database), the digest
 * seed per position, the card shape, the shapes each generalisation knows.
 */
final class PostgresHelpers {
    private static final String S = PostgresMaskingDdl.SCHEMA;
    private static final String FUNCTION = "CREATE OR REPLACE FUNCTION " + S + ".";
    private static final String IMMUTABLE = "    LANGUAGE sql IMMUTABLE PARALLEL SAFE";
    private static final String STRICT = "    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE";
    private static final String REDACTED = SqlText.postgresString(MaskingFunction.REDACTED);
    private static final String SEPARATOR = "(ascii(%1$s) < 128 AND NOT (ascii(%1$s) BETWEEN 48 AND 57"
            + " OR ascii(%1$s) BETWEEN 65 AND 90 OR ascii(%1$s) BETWEEN 97 AND 122))";

    private PostgresHelpers() {
    }

    static String generaliser(Granularity granularity) {
        return "generalise_" + granularity.id().replace('-', '_');
    }

    static String definitions() {
        StringBuilder sql = new StringBuilder();
        sql.append("CREATE SCHEMA IF NOT EXISTS ").append(S).append(";\n")
                .append("GRANT USAGE ON SCHEMA ").append(S).append(" TO PUBLIC;\n\n");
        sql.append(FUNCTION).append("token_char(c text, seed integer) RETURNS text\n").append(STRICT).append(" AS $$\n")
                .append("    SELECT CASE WHEN ascii(c) BETWEEN 48 AND 57 THEN chr(48 + seed % 10)\n")
                .append("                WHEN ascii(c) BETWEEN 65 AND 90 THEN chr(65 + seed % 26)\n")
                .append("                WHEN ").append(String.format(Locale.ROOT, SEPARATOR, "c")).append(" THEN c\n")
                .append("                ELSE chr(97 + seed % 26) END\n$$;\n\n");
        sql.append(FUNCTION).append("tokenise(val text, digest bytea) RETURNS text\n").append(STRICT).append(" AS $$\n")
                .append("    SELECT coalesce(string_agg(").append(S).append(".token_char(substr(val, i, 1),\n")
                .append("               get_byte(digest, (i - 1) % ").append(MaskedCharacters.BLOCK).append(") + ")
                .append(MaskedCharacters.SPREAD).append(" * ((i - 1) / ").append(MaskedCharacters.BLOCK)
                .append(")), '' ORDER BY i), '')\n")
                .append("    FROM generate_series(1, char_length(val)) AS g(i)\n$$;\n\n");
        sql.append(FUNCTION).append("luhn(val text) RETURNS text\n").append(STRICT).append(" AS $$\n")
                .append("    SELECT regexp_replace(val, '[0-9]([^0-9]*)$', ((10 - coalesce(sum(\n")
                .append("               CASE WHEN (n - i) % 2 = 1 THEN (2 * d) / 10 + (2 * d) % 10 ELSE d END), 0)")
                .append(" % 10) % 10)::text || '\\1')\n")
                .append("    FROM (SELECT g.i, char_length(x.digits) AS n, substr(x.digits, g.i, 1)::int AS d\n")
                .append("          FROM (SELECT regexp_replace(val, '[^0-9]', '', 'g') AS digits) AS x,\n")
                .append("               generate_series(1, char_length(x.digits) - 1) AS g(i)) AS payload\n$$;\n\n");
        sql.append(FUNCTION).append("fp_token(val text, salt text, keep_domain boolean) RETURNS text\n")
                .append(IMMUTABLE).append(" AS $$\n")
                .append("    SELECT CASE\n")
                .append("        WHEN keep_domain AND strpos(val, '@') > 0\n")
                .append("            THEN ").append(S).append(".tokenise(substring(val FROM '^(.*)@[^@]*$'), k.digest)\n")
                .append("                 || substring(val FROM '(@[^@]*)$')\n")
                .append("        WHEN val ~ ").append(SqlText.postgresString(FormatPreservingToken.CARD_SHAPE))
                .append("\n             AND char_length(regexp_replace(val, '[^0-9]', '', 'g')) BETWEEN ")
                .append(FormatPreservingToken.CARD_MIN_DIGITS).append(" AND ")
                .append(FormatPreservingToken.CARD_MAX_DIGITS).append('\n')
                .append("            THEN ").append(S).append(".luhn(").append(S).append(".tokenise(val, k.digest))\n")
                .append("        ELSE ").append(S).append(".tokenise(val, k.digest) END\n")
                .append("    FROM (SELECT sha256(convert_to(salt || ")
                .append(SqlText.postgresString(FormatPreservingToken.DOMAIN_SEPARATION))
                .append(" || val, 'UTF8')) AS digest) AS k\n$$;\n\n");
        sql.append(FUNCTION).append("partial(val text, keep integer) RETURNS text\n").append(STRICT).append(" AS $$\n")
                .append("    SELECT coalesce(string_agg(CASE WHEN NOT sep AND from_right > least(keep, total / 2)")
                .append(" THEN '*' ELSE c END, '' ORDER BY i), '')\n")
                .append("    FROM (SELECT i, c, sep,\n")
                .append("                 count(*) FILTER (WHERE NOT sep) OVER (ORDER BY i DESC) AS from_right,\n")
                .append("                 count(*) FILTER (WHERE NOT sep) OVER () AS total\n")
                .append("          FROM (SELECT g.i, substr(val, g.i, 1) AS c, ")
                .append(String.format(Locale.ROOT, SEPARATOR, "substr(val, g.i, 1)")).append(" AS sep\n")
                .append("                FROM generate_series(1, char_length(val)) AS g(i)) AS chars) AS ranked\n")
                .append("$$;\n\n");
        sql.append(FUNCTION).append("salted_hash(val text, salt text) RETURNS text\n").append(STRICT)
                .append(" AS $$\n    SELECT encode(sha256(convert_to(salt || val, 'UTF8')), 'hex')\n$$;\n\n");
        for (Granularity granularity : Granularity.values()) {
            sql.append(FUNCTION).append(generaliser(granularity)).append("(val text) RETURNS text\n").append(STRICT)
                    .append(" AS $$\n    SELECT ").append(generalisation(granularity)).append("\n$$;\n\n");
        }
        return sql.toString();
    }

    private static String generalisation(Granularity granularity) {
        if (granularity == Granularity.AGE_BAND) {
            return "CASE WHEN val !~ " + SqlText.postgresString(Granularity.AGE_SHAPE) + " THEN " + REDACTED + "\n"
                    + "                WHEN val::int >= " + Granularity.OLDEST_BAND + " THEN '"
                    + Granularity.OLDEST_BAND + "+'\n"
                    + "                ELSE (val::int / " + Granularity.BAND + " * " + Granularity.BAND
                    + ")::text || '-' || (val::int / " + Granularity.BAND + " * " + Granularity.BAND + " + "
                    + (Granularity.BAND - 1) + ")::text END";
        }
        StringBuilder sql = new StringBuilder("CASE");
        for (ShapeRule shape : granularity.shapes()) {
            String pattern = SqlText.postgresString(shape.pattern());
            sql.append("\n        WHEN val ~ ").append(pattern).append(" THEN regexp_replace(val, ").append(pattern)
                    .append(", ").append(SqlText.postgresString(shape.replacementWith("\\"))).append(')');
        }
        return sql.append("\n        ELSE ").append(REDACTED).append(" END").toString();
    }
}
