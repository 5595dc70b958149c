package org.steward.model.demo;

import java.util.Locale;

/** Maps operational column types to the lake (Spark/Parquet) and warehouse (Snowflake) type systems. */
final class DemoTypes {

    private DemoTypes() {
    }

    static String lake(String sourceType) {
        String t = sourceType.toLowerCase(Locale.ROOT);
        if (t.startsWith("numeric") || t.startsWith("decimal")) {
            return "decimal" + t.substring(t.indexOf('('));
        }
        if (t.equals("tinyint(1)") || t.equals("boolean")) {
            return "boolean";
        }
        if (t.equals("bigint") || t.equals("long")) {
            return "bigint";
        }
        if (t.equals("integer") || t.equals("int") || t.equals("smallint") || t.equals("tinyint")) {
            return "int";
        }
        if (t.startsWith("timestamp") || t.equals("datetime")) {
            return "timestamp";
        }
        if (t.equals("date")) {
            return "date";
        }
        if (t.equals("double") || t.equals("float")) {
            return "double";
        }
        return "string";
    }

    static String warehouse(String sourceType) {
        String lake = lake(sourceType);
        switch (lake) {
            case "bigint": return "NUMBER(38,0)";
            case "int": return "NUMBER(10,0)";
            case "boolean": return "BOOLEAN";
            case "timestamp": return "TIMESTAMP_NTZ";
            case "date": return "DATE";
            case "double": return "FLOAT";
            case "string": return "VARCHAR";
            default: return "NUMBER" + lake.substring(lake.indexOf('('));
        }
    }
}
