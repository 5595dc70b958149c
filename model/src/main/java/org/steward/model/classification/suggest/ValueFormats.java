package org.steward.model.classification.suggest;

import java.util.List;
import java.util.regex.Pattern;
import org.steward.model.classification.ValueChecks;

/** The standard sample-value detectors. Confidences below the default threshold only support a name. */
final class ValueFormats {

    private static final Pattern UK_NINO = Pattern.compile(
            "^(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\\d{2} ?\\d{2} ?\\d{2} ?[A-D]$");
    private static final Pattern UK_POSTCODE = Pattern.compile("^[A-Z]{1,2}\\d[A-Z\\d]? \\d[A-Z]{2}$");
    private static final Pattern NL_POSTCODE = Pattern.compile("^[1-9]\\d{3} ?[A-Z]{2}$");
    private static final Pattern CA_POSTCODE = Pattern.compile("^[ABCEGHJ-NPRSTVXY]\\d[A-Z] \\d[A-Z]\\d$");
    private static final Pattern FIVE_DIGIT_POSTCODE = Pattern.compile("^\\d{5}(-\\d{4})?$");
    private static final Pattern ICD10 = Pattern.compile("^[A-TV-Z]\\d[0-9AB](\\.[0-9A-TV-Z]{1,4})?$");
    private static final Pattern COORDINATE = Pattern.compile("^-?\\d{1,3}\\.\\d{4,}$");

    private ValueFormats() {
    }

    static List<ValueDetector> standard(int currentYear) {
        return List.of(
                new FormatDetector("PII.Email", "e-mail addresses", ValueChecks::isEmail, 0.95, 0.8),
                new FormatDetector("Financial.CardNumber", "payment card numbers passing the Luhn check",
                        ValueChecks::isPaymentCard, 0.95, 0.8),
                new FormatDetector("Financial.IBAN", "IBANs passing mod-97", ValueChecks::isIban, 0.97, 0.8),
                new FormatDetector("PII.NationalId", "US social security numbers", ValueChecks::isUsSsn, 0.9, 0.8),
                new FormatDetector("PII.NationalId", "UK national insurance numbers",
                        v -> UK_NINO.matcher(v).matches(), 0.85, 0.8),
                new FormatDetector("PII.Phone", "E.164 or US phone numbers", ValueChecks::isPhone, 0.9, 0.8),
                new FormatDetector("PII.IPAddress", "IPv4 or IPv6 addresses", ValueChecks::isIpAddress, 0.9, 0.8),
                new FormatDetector("PII.Postcode", "UK, Dutch or Canadian postcodes", ValueFormats::isPostcode,
                        0.85, 0.8),
                new FormatDetector("PII.Postcode", "five-digit postcodes (US, DE, FR)",
                        v -> FIVE_DIGIT_POSTCODE.matcher(v).matches(), 0.3, 0.8),
                new FormatDetector("PHI.Health", "ICD-10 codes", v -> ICD10.matcher(v).matches(), 0.5, 0.8),
                new FormatDetector("PII.PreciseLocation", "coordinates with four or more decimals",
                        ValueFormats::isCoordinate, 0.45, 0.8),
                new BirthDateDetector(currentYear, 0.5),
                PersonNameDetector.standard());
    }

    static boolean isPostcode(String value) {
        return UK_POSTCODE.matcher(value).matches() || NL_POSTCODE.matcher(value).matches()
                || CA_POSTCODE.matcher(value).matches();
    }

    static boolean isCoordinate(String value) {
        return COORDINATE.matcher(value).matches() && Math.abs(Double.parseDouble(value)) <= 180;
    }
}
