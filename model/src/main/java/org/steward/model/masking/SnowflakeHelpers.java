package org.steward.model.masking;

/**
 * Two JavaScript UDFs for the character-by-character rules (Snowflake SQL has no per-character loop). They follow
 * the Java functions exactly: code-point classes, the digest seed per position, the card shape and the Luhn digit.
 */
final class SnowflakeHelpers {
    private static final String COMMON = """
            function isSeparator(c) {
                return c < 128 && !(c >= 48 && c <= 57) && !(c >= 65 && c <= 90) && !(c >= 97 && c <= 122);
            }
            function codePoints(s) {
                var out = [];
                for (var p = 0; p < s.length; p++) {
                    var c = s.charCodeAt(p);
                    if (c >= 0xD800 && c <= 0xDBFF && p + 1 < s.length) {
                        var d = s.charCodeAt(p + 1);
                        if (d >= 0xDC00 && d <= 0xDFFF) {
                            c = (c - 0xD800) * 0x400 + (d - 0xDC00) + 0x10000;
                            p++;
                        }
                    }
                    out.push(c);
                }
                return out;
            }
            function text(c) {
                if (c <= 0xFFFF) {
                    return String.fromCharCode(c);
                }
                c -= 0x10000;
                return String.fromCharCode(0xD800 + (c >> 10), 0xDC00 + (c & 0x3FF));
            }
            """;

    private static final String PARTIAL = """
            var cps = codePoints(VAL);
            var maskable = 0;
            for (var i = 0; i < cps.length; i++) {
                if (!isSeparator(cps[i])) {
                    maskable++;
                }
            }
            var kept = Math.min(KEEP, Math.floor(maskable / 2));
            var fromRight = maskable;
            var out = '';
            for (var j = 0; j < cps.length; j++) {
                if (isSeparator(cps[j])) {
                    out += text(cps[j]);
                } else {
                    out += fromRight > kept ? '*' : text(cps[j]);
                    fromRight--;
                }
            }
            return out;
            """;

    private static final String TOKEN = """
            function replacement(c, seed) {
                if (c >= 48 && c <= 57) {
                    return 48 + seed % 10;
                }
                if (c >= 65 && c <= 90) {
                    return 65 + seed % 26;
                }
                if (isSeparator(c)) {
                    return c;
                }
                return 97 + seed % 26;
            }
            function tokenise(s) {
                var cps = codePoints(s);
                var out = '';
                for (var i = 0; i < cps.length; i++) {
                    var seed = parseInt(DIGEST.substr(2 * (i % BLOCK), 2), 16) + SPREAD * Math.floor(i / BLOCK);
                    out += text(replacement(cps[i], seed));
                }
                return out;
            }
            function luhn(n) {
                var digits = n.replace(/[^0-9]/g, '');
                var payload = digits.length - 1;
                var sum = 0;
                for (var i = 0; i < payload; i++) {
                    var d = digits.charCodeAt(i) - 48;
                    sum += (payload - i) % 2 === 1 ? Math.floor(2 * d / 10) + (2 * d) % 10 : d;
                }
                var check = (10 - sum % 10) % 10;
                var last = n.length - 1;
                while (!(n.charCodeAt(last) >= 48 && n.charCodeAt(last) <= 57)) {
                    last--;
                }
                return n.substring(0, last) + check + n.substring(last + 1);
            }
            var at = VAL.lastIndexOf('@');
            if (KEEP_DOMAIN && at >= 0) {
                return tokenise(VAL.substring(0, at)) + VAL.substring(at);
            }
            var digitCount = VAL.replace(/[^0-9]/g, '').length;
            if (/CARD_SHAPE/.test(VAL) && digitCount >= MIN_DIGITS && digitCount <= MAX_DIGITS) {
                return luhn(tokenise(VAL));
            }
            return tokenise(VAL);
            """;

    private SnowflakeHelpers() {
    }

    static String definitions(String schema) {
        return "CREATE OR REPLACE FUNCTION " + schema + ".PARTIAL(VAL VARCHAR, KEEP FLOAT)\n"
                + "    RETURNS VARCHAR LANGUAGE JAVASCRIPT STRICT IMMUTABLE AS\n$$\n" + COMMON + PARTIAL + "$$;\n\n"
                + "CREATE OR REPLACE FUNCTION " + schema + ".FP_TOKEN(VAL VARCHAR, DIGEST VARCHAR, KEEP_DOMAIN BOOLEAN)\n"
                + "    RETURNS VARCHAR LANGUAGE JAVASCRIPT STRICT IMMUTABLE AS\n$$\n" + COMMON + tokenBody() + "$$;\n";
    }

    /** The token UDF's body on its own, for checking it against the Java function. */
    static String javascript(boolean token) {
        return COMMON + (token ? tokenBody() : PARTIAL);
    }

    private static String tokenBody() {
        return TOKEN.replace("BLOCK", Integer.toString(MaskedCharacters.BLOCK))
                .replace("SPREAD", Integer.toString(MaskedCharacters.SPREAD))
                .replace("CARD_SHAPE", FormatPreservingToken.CARD_SHAPE.replace("/", "\\/"))
                .replace("MIN_DIGITS", Integer.toString(FormatPreservingToken.CARD_MIN_DIGITS))
                .replace("MAX_DIGITS", Integer.toString(FormatPreservingToken.CARD_MAX_DIGITS));
    }
}
