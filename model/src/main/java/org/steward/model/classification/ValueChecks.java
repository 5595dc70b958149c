package org.steward.model.classification;

import java.util.Locale;
import java.util.regex.Pattern;

/** Format and checksum tests for single sample values, shared by the suspicion heuristic and the detectors. */
public final class ValueChecks {

    private static final Pattern EMAIL = Pattern.compile("^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$");
    private static final Pattern E164 = Pattern.compile("^\\+[1-9]\\d{7,14}$");
    private static final Pattern US_PHONE = Pattern.compile("^(\\+?1[-. ]?)?\\(?\\d{3}\\)?[-. ]\\d{3}[-. ]\\d{4}$");
    private static final Pattern CARD = Pattern.compile("^\\d(?:[ -]?\\d){12,18}$");
    private static final Pattern IBAN = Pattern.compile("^[A-Z]{2}\\d{2}[A-Z0-9]{11,30}$");
    private static final Pattern SSN = Pattern.compile("^(?!000|666|9\\d\\d)\\d{3}-(?!00)\\d{2}-(?!0000)\\d{4}$");
    private static final Pattern IPV4 = Pattern.compile(
            "^((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)$");
    private static final Pattern IPV6 = Pattern.compile("^[0-9A-Fa-f]{0,4}(:[0-9A-Fa-f]{0,4}){2,7}$");

    private ValueChecks() {
    }

    public static boolean isEmail(String value) {
        return EMAIL.matcher(value).matches();
    }

    /** An E.164 number ({@code +4915123456789}, spaces, dots, dashes and brackets allowed) or a US-formatted one. */
    public static boolean isPhone(String value) {
        return value.startsWith("+") && E164.matcher(value.replaceAll("[ ().-]", "")).matches()
                || US_PHONE.matcher(value).matches();
    }

    /** 13–19 digits passing the Luhn check, not all the same digit. */
    public static boolean isLuhnNumber(String value) {
        if (!CARD.matcher(value).matches()) {
            return false;
        }
        String digits = value.replaceAll("[ -]", "");
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        return sum % 10 == 0 && digits.chars().distinct().count() > 1;
    }

    /**
     * A Luhn-valid number with a card network's prefix and length: Visa 4 (13, 16, 19 digits), Mastercard 51–55 and
     * 2221–2720 (16), Amex 34, 37 (15), Discover 6011, 644–649, 65 (16–19), JCB 3528–3589 (16–19), Diners 36, 38,
     * 300–305 (14–16), UnionPay 62 (16–19). An IMEI passes Luhn too but has 15 digits without a card prefix.
     */
    public static boolean isPaymentCard(String value) {
        if (!isLuhnNumber(value)) {
            return false;
        }
        String digits = value.replaceAll("[ -]", "");
        int length = digits.length();
        int two = Integer.parseInt(digits.substring(0, 2));
        int three = Integer.parseInt(digits.substring(0, 3));
        int four = Integer.parseInt(digits.substring(0, 4));
        boolean sixteenToNineteen = length >= 16 && length <= 19;
        return digits.charAt(0) == '4' && (length == 13 || length == 16 || length == 19)
                || (two >= 51 && two <= 55 || four >= 2221 && four <= 2720) && length == 16
                || (two == 34 || two == 37) && length == 15
                || (four == 6011 || three >= 644 && three <= 649 || two == 65) && sixteenToNineteen
                || four >= 3528 && four <= 3589 && sixteenToNineteen
                || (two == 36 || two == 38 || three >= 300 && three <= 305) && length >= 14 && length <= 16
                || two == 62 && sixteenToNineteen;
    }

    public static boolean isIban(String value) {
        String compact = value.replace(" ", "").toUpperCase(Locale.ROOT);
        if (!IBAN.matcher(compact).matches()) {
            return false;
        }
        String rearranged = compact.substring(4) + compact.substring(0, 4);
        int remainder = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            int code = Character.digit(rearranged.charAt(i), 36);
            remainder = (code > 9 ? remainder * 100 + code : remainder * 10 + code) % 97;
        }
        return remainder == 1;
    }

    /** A US social security number as {@code AAA-GG-SSSS}, outside the ranges never issued (000, 666, 9xx). */
    public static boolean isUsSsn(String value) {
        return SSN.matcher(value).matches();
    }

    public static boolean isIpv4(String value) {
        return IPV4.matcher(value).matches();
    }

    public static boolean isIpv6(String value) {
        return IPV6.matcher(value).matches() && value.indexOf("::") == value.lastIndexOf("::")
                && (value.contains("::") || value.chars().filter(c -> c == ':').count() == 7)
                && value.chars().anyMatch(Character::isLetterOrDigit);
    }

    public static boolean isIpAddress(String value) {
        return isIpv4(value) || isIpv6(value);
    }
}
