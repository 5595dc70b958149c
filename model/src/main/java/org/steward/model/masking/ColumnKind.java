package org.steward.model.masking;

import java.util.Locale;

/** What a column's declared data type holds, as far as masking cares; read from the catalog's type text. */
public enum ColumnKind {
    TEXT, NUMBER, DATE, TIMESTAMP, BOOLEAN, NETWORK_ADDRESS, OTHER;

    public static ColumnKind of(String dataType) {
        String type = dataType == null ? "" : dataType.trim().toLowerCase(Locale.ROOT);
        int paren = type.indexOf('(');
        String base = paren < 0 ? type : type.substring(0, paren).trim();
        if (base.isEmpty()) {
            return TEXT;
        }
        if (type.replace(" ", "").equals("tinyint(1)")) {
            return BOOLEAN;
        }
        switch (base) {
            case "inet": case "cidr": return NETWORK_ADDRESS;
            case "date": return DATE;
            case "boolean": case "bool": return BOOLEAN;
            default: break;
        }
        if (base.startsWith("timestamp") || base.equals("datetime") || base.startsWith("datetime")) {
            return TIMESTAMP;
        }
        if (base.matches("(tiny|small|big|medium)?int(eger)?|int[248]|long|short|byte|number|numeric|decimal"
                + "|double( precision)?|float[48]?|real|money")) {
            return NUMBER;
        }
        if (base.matches("(n)?(var)?char(acter)?( varying)?|string|text|varchar2|nvarchar2|clob|uuid|citext|json(b)?"
                + "|variant")) {
            return TEXT;
        }
        return OTHER;
    }
}
