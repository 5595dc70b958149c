package org.steward.model.demo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.steward.model.demo.DemoBlueprint.Vocabulary;

/**
 * Realistic fake sample values by generator kind. Everything is invented: e-mails use reserved example domains,
 * IPs come from documentation ranges, card numbers are test numbers with a valid Luhn digit.
 */
final class SampleValueFaker {

    private static final String[] CARD_PREFIXES = {"411111", "424242", "555555", "400000", "378282"};
    private static final String[] CURRENCIES = {"EUR", "GBP", "USD", "EUR", "EUR", "SEK"};
    private static final String[] COUNTRIES = {"DE", "NL", "FR", "GB", "ES", "IT", "US", "IE", "BE", "AT"};
    private static final String HEX = "0123456789abcdef";
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NON_LETTERS = Pattern.compile("[^a-z]");

    private final Vocabulary vocabulary;
    private final DemoNames names;

    SampleValueFaker(Vocabulary vocabulary, DemoNames names) {
        this.vocabulary = vocabulary;
        this.names = names;
    }

    List<String> samples(String kind, List<String> enumValues, SplittableRandom rnd) {
        int count = 3 + rnd.nextInt(3);
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(value(kind, enumValues, rnd));
        }
        return out;
    }

    String value(String kind, List<String> enumValues, SplittableRandom rnd) {
        switch (kind) {
            case "id": return Long.toString(100_000 + rnd.nextLong(9_900_000));
            case "uuid": case "session_id": return uuid(rnd);
            case "first_name": return pick(vocabulary.firstNames(), rnd);
            case "last_name": return pick(vocabulary.lastNames(), rnd);
            case "person_name": return pick(vocabulary.firstNames(), rnd) + " " + pick(vocabulary.lastNames(), rnd);
            case "email": return email(rnd);
            case "phone_e164": return phone(rnd);
            case "street_address": return (1 + rnd.nextInt(180)) + " " + pick(vocabulary.streets(), rnd);
            case "city": return pick(vocabulary.cities(), rnd).city();
            case "postcode": return postcode(pick(vocabulary.cities(), rnd).postcode(), rnd);
            case "country_code": return COUNTRIES[rnd.nextInt(COUNTRIES.length)];
            case "birth_date": return date(1946 + rnd.nextInt(60), rnd);
            case "date": return date(2021 + rnd.nextInt(5), rnd);
            case "timestamp": return date(2023 + rnd.nextInt(3), rnd) + "T" + two(rnd.nextInt(24)) + ":"
                    + two(rnd.nextInt(60)) + ":" + two(rnd.nextInt(60)) + "Z";
            case "card_number": return cardNumber(rnd);
            case "card_bin": return CARD_PREFIXES[rnd.nextInt(CARD_PREFIXES.length)];
            case "card_last4": return digits(4, rnd);
            case "card_expiry": return two(1 + rnd.nextInt(12)) + "/" + (26 + rnd.nextInt(5));
            case "iban": return iban(rnd);
            case "ipv4": return ipv4(rnd);
            case "ipv6": return "2001:db8:" + Integer.toHexString(rnd.nextInt(0x10000)) + ":"
                    + Integer.toHexString(rnd.nextInt(0x10000)) + "::" + Integer.toHexString(1 + rnd.nextInt(0xffff));
            case "device_id": return rnd.nextBoolean() ? uuid(rnd).toUpperCase(Locale.ROOT) : hex(16, rnd);
            case "latitude": return coordinate(pick(vocabulary.cities(), rnd).lat(), rnd);
            case "longitude": return coordinate(pick(vocabulary.cities(), rnd).lon(), rnd);
            case "sku": return "LR-" + (char) ('A' + rnd.nextInt(26)) + (char) ('A' + rnd.nextInt(26)) + "-"
                    + digits(5, rnd) + "-" + new String[] {"S", "M", "L", "OS", "XL"}[rnd.nextInt(5)];
            case "money": case "salary": return money(kind, rnd);
            case "quantity": return Integer.toString(rnd.nextInt(rnd.nextBoolean() ? 10 : 500));
            case "rating": return Integer.toString(1 + rnd.nextInt(5));
            case "score": case "ratio": return String.format(Locale.ROOT, "%.4f", rnd.nextDouble());
            case "hours": return String.format(Locale.ROOT, "%.1f", rnd.nextDouble() * 96);
            case "age": return Integer.toString(18 + rnd.nextInt(60));
            case "currency": return CURRENCIES[rnd.nextInt(CURRENCIES.length)];
            case "enum": return enumValues.isEmpty() ? "unknown" : pick(enumValues, rnd);
            case "boolean": return rnd.nextInt(4) == 0 ? "false" : "true";
            case "order_number": return "LR-" + (2023 + rnd.nextInt(3)) + "-" + digits(7, rnd);
            case "po_number": return "PO" + (24 + rnd.nextInt(2)) + "-" + digits(6, rnd);
            case "coupon_code": return new String[] {"WELCOME10", "SPRING-25", "LOYAL-GOLD", "FREESHIP",
                "BF24-" + hex(4, rnd).toUpperCase(Locale.ROOT)}[rnd.nextInt(5)];
            case "loyalty_card": return "7700" + digits(12, rnd);
            case "psp_reference": return "PSP" + hex(14, rnd).toUpperCase(Locale.ROOT);
            case "tracking_number": return "JJD00" + digits(16, rnd);
            case "product_name": return pick(vocabulary.productAdjectives(), rnd) + " "
                    + pick(vocabulary.productNouns(), rnd);
            case "category": return pick(vocabulary.categories(), rnd);
            case "company_name": return pick(vocabulary.companies(), rnd);
            case "job_title": return pick(vocabulary.jobTitles(), rnd);
            case "search_query": return pick(vocabulary.searchQueries(), rnd);
            case "user_agent": return pick(vocabulary.userAgents(), rnd);
            case "icd10": return pick(vocabulary.diagnoses(), rnd);
            case "free_text": return pick(vocabulary.freeText(), rnd);
            case "campaign_name": return new String[] {"spring_sale_2025", "newsletter_w14", "bf_2024_retarget",
                "loyalty_gold_upgrade", "brand_search_nl"}[rnd.nextInt(5)];
            case "employee_id": return "E" + digits(6, rnd);
            case "national_id": return nationalId(rnd);
            case "period": return (2023 + rnd.nextInt(3)) + "-" + two(1 + rnd.nextInt(12));
            case "date_key": return date(2023 + rnd.nextInt(3), rnd).replace("-", "");
            case "bin_location": return (char) ('A' + rnd.nextInt(8)) + "-" + two(rnd.nextInt(40)) + "-"
                    + two(rnd.nextInt(12));
            case "url": return "https://www." + names.companyDomain() + new String[] {"/", "/c/home-textiles",
                "/p/linen-throw-blanket-oat", "/cart", "/search?q=lamp", "/account/orders"}[rnd.nextInt(6)];
            case "sha256": return hex(64, rnd);
            case "service_account": return new String[] {"svc-checkout", "svc-backoffice", "svc-erp-sync",
                "migration-2021"}[rnd.nextInt(4)];
            case "lake_path": return (enumValues.isEmpty() ? "raw" : enumValues.get(0)) + "/ingest_date=2025-"
                    + two(1 + rnd.nextInt(12)) + "-" + two(1 + rnd.nextInt(28)) + "/part-" + digits(5, rnd)
                    + ".parquet";
            case "cdc_op": return new String[] {"I", "U", "U", "D"}[rnd.nextInt(4)];
            case "legacy_id": return "M1-" + digits(8, rnd);
            case "json": return "{\"ab_test\":\"" + (char) ('A' + rnd.nextInt(3)) + "\",\"v\":" + rnd.nextInt(5) + "}";
            default: return pick(vocabulary.productNouns(), rnd).toLowerCase(Locale.ROOT);
        }
    }

    String email(SplittableRandom rnd) {
        String first = ascii(pick(vocabulary.firstNames(), rnd));
        String last = ascii(pick(vocabulary.lastNames(), rnd));
        String domain = pick(vocabulary.emailDomains(), rnd);
        switch (rnd.nextInt(4)) {
            case 0: return first + "." + last + "@" + domain;
            case 1: return first.charAt(0) + last + rnd.nextInt(100) + "@" + domain;
            case 2: return last + "." + first + "@" + domain;
            default: return first + (1960 + rnd.nextInt(45)) + "@" + domain;
        }
    }

    static String ascii(String name) {
        String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("")
                .replace("ı", "i");
        return NON_LETTERS.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    private String phone(SplittableRandom rnd) {
        switch (rnd.nextInt(5)) {
            case 0: return "+4915" + digits(9, rnd);
            case 1: return "+316" + digits(8, rnd);
            case 2: return "+447700900" + digits(3, rnd);
            case 3: return "+1" + (200 + rnd.nextInt(700)) + "55501" + digits(2, rnd);
            default: return "+336" + digits(8, rnd);
        }
    }

    private static String cardNumber(SplittableRandom rnd) {
        String prefix = CARD_PREFIXES[rnd.nextInt(CARD_PREFIXES.length)];
        int length = prefix.startsWith("37") ? 15 : 16;
        String payload = prefix + digits(length - prefix.length() - 1, rnd);
        return payload + DemoChecksums.luhnCheckDigit(payload);
    }

    private static String iban(SplittableRandom rnd) {
        switch (rnd.nextInt(4)) {
            case 0: return DemoChecksums.iban("DE", digits(18, rnd));
            case 1: return DemoChecksums.iban("NL", new String[] {"ABNA", "INGB", "RABO", "TRIO"}[rnd.nextInt(4)]
                    + digits(10, rnd));
            case 2: return DemoChecksums.iban("FR", digits(23, rnd));
            default: return DemoChecksums.iban("GB", new String[] {"NWBK", "BARC", "LOYD"}[rnd.nextInt(3)]
                    + digits(14, rnd));
        }
    }

    private static String ipv4(SplittableRandom rnd) {
        String[] ranges = {"192.0.2.", "198.51.100.", "203.0.113."};
        return ranges[rnd.nextInt(ranges.length)] + (1 + rnd.nextInt(254));
    }

    private static String nationalId(SplittableRandom rnd) {
        switch (rnd.nextInt(3)) {
            case 0: return "QQ" + digits(6, rnd) + "C";
            case 1: return digits(11, rnd);
            default: return "9" + digits(2, rnd) + "-" + digits(2, rnd) + "-" + digits(4, rnd);
        }
    }

    private static String money(String kind, SplittableRandom rnd) {
        double value = "salary".equals(kind) ? 1800 + rnd.nextDouble() * 7000 : Math.exp(rnd.nextDouble() * 6.5);
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String coordinate(double centre, SplittableRandom rnd) {
        return String.format(Locale.ROOT, "%.5f", centre + (rnd.nextDouble() - 0.5) * 0.2);
    }

    private static String postcode(String pattern, SplittableRandom rnd) {
        StringBuilder sb = new StringBuilder(pattern.length());
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            sb.append(c == '#' ? (char) ('0' + rnd.nextInt(10)) : c == '@' ? (char) ('A' + rnd.nextInt(26)) : c);
        }
        return sb.toString();
    }

    private static String date(int year, SplittableRandom rnd) {
        return year + "-" + two(1 + rnd.nextInt(12)) + "-" + two(1 + rnd.nextInt(28));
    }

    private static String uuid(SplittableRandom rnd) {
        String h = hex(32, rnd);
        return h.substring(0, 8) + "-" + h.substring(8, 12) + "-4" + h.substring(13, 16) + "-a" + h.substring(17, 20)
                + "-" + h.substring(20);
    }

    private static String hex(int length, SplittableRandom rnd) {
        char[] c = new char[length];
        for (int i = 0; i < length; i++) {
            c[i] = HEX.charAt(rnd.nextInt(16));
        }
        return new String(c);
    }

    private static String digits(int length, SplittableRandom rnd) {
        char[] c = new char[length];
        for (int i = 0; i < length; i++) {
            c[i] = (char) ('0' + rnd.nextInt(10));
        }
        return new String(c);
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private static <T> T pick(List<T> list, SplittableRandom rnd) {
        return list.get(rnd.nextInt(list.size()));
    }
}
