package org.steward.model.classification.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValueDetectorsTest {

    private final List<ValueDetector> detectors = ValueFormats.standard(2026);

    private Optional<String> strongest(String... values) {
        return detectors.stream().map(d -> d.detect(List.of(values))).flatMap(Optional::stream)
                .filter(s -> s.confidence() >= ColumnClassifier.DEFAULT_THRESHOLD)
                .max((a, b) -> Double.compare(a.confidence(), b.confidence())).map(Suggestion::classification);
    }

    private Optional<Suggestion> supporting(String classification, String... values) {
        return detectors.stream().filter(d -> d.classification().equals(classification))
                .map(d -> d.detect(List.of(values))).flatMap(Optional::stream).findFirst();
    }

    @Test
    void emails() {
        assertThat(strongest("a.b@example.com", "x_y+tag@mail.example.org")).contains("PII.Email");
        assertThat(strongest("example.com", "@handle", "a@b")).isEmpty();
    }

    @Test
    void e164AndUsPhones() {
        assertThat(strongest("+4915123456789", "+31 6 12345678", "+1 (212) 555-0142")).contains("PII.Phone");
        assertThat(strongest("12345", "030 1234567", "+0123456789")).isEmpty();
    }

    @Test
    void cardNumbersNeedLuhnAndACardPrefix() {
        assertThat(strongest("4111111111111111", "5500 0000 0000 0004", "340000000000009")).contains(
                "Financial.CardNumber");
        assertThat(strongest("4111111111111112", "5500000000000005", "340000000000008")).isEmpty();
        assertThat(strongest("7700000000000009", "8000000000000001", "1111111111111117")).isEmpty();
        assertThat(strongest("0000000000000000", "4444444444444444")).isEmpty();
    }

    @Test
    void ibansNeedMod97() {
        assertThat(strongest("DE89 3704 0044 0532 0130 00", "FR1420041010050500013M02606")).contains(
                "Financial.IBAN");
        assertThat(strongest("DE89370400440532013001", "FR1420041010050500013M02607")).isEmpty();
    }

    @Test
    void usSocialSecurityNumbersOutsideTheNeverIssuedRanges() {
        assertThat(strongest("123-45-6789", "078-05-1121", "521-12-3456")).contains("PII.NationalId");
        assertThat(strongest("000-12-3456", "666-12-3456", "912-12-3456")).isEmpty();
        assertThat(strongest("123-00-6789", "123-45-0000", "123-45-000")).isEmpty();
        assertThat(strongest("AB123456C", "JG 10 37 59 D", "CE654321A")).contains("PII.NationalId");
    }

    @Test
    void ipv4AndIpv6() {
        assertThat(strongest("192.168.0.1", "10.20.30.40", "2001:db8::1")).contains("PII.IPAddress");
        assertThat(strongest("256.1.1.1", "1.2.3", "fe80:::1")).isEmpty();
    }

    @Test
    void postcodes() {
        assertThat(strongest("SW1A 1AA", "1012 AB", "M5V 3L9")).contains("PII.Postcode");
        assertThat(strongest("10115", "75008", "90210")).isEmpty();
        assertThat(supporting("PII.Postcode", "10115", "75008", "90210-1234")).isPresent();
        assertThat(strongest("ABC 123", "12 AB", "1012-AB")).isEmpty();
    }

    @Test
    void birthDatesOnlyForPlausibleAgesSpreadOverYears() {
        assertThat(supporting("PII.DateOfBirth", "1984-03-02", "02.11.1961", "07/14/1999")).isPresent();
        assertThat(supporting("PII.DateOfBirth", "2019-03-02", "1984-11-30", "1999-07-14")).isEmpty();
        assertThat(supporting("PII.DateOfBirth", "1890-03-02", "1984-11-30", "1999-07-14")).isEmpty();
        assertThat(supporting("PII.DateOfBirth", "1990-01-03", "1991-04-05", "1990-06-07", "1992-08-09",
                "1991-10-11")).isEmpty();
        assertThat(supporting("PII.DateOfBirth", "not a date", "1984-11-30", "1999-07-14")).isEmpty();
    }

    @Test
    void personNamesFromTheDictionary() {
        assertThat(strongest("Ana Silva", "Thomas Müller", "Priya Sharma")).contains("PII.Name");
        assertThat(strongest("Garden Chair", "Linen Throw", "Oak Table")).isEmpty();
        assertThat(strongest("Ana", "Thomas", "Priya")).isEmpty();
        assertThat(supporting("PII.Name", "Ana", "Thomas", "Priya")).isPresent();
        assertThat(strongest("svc-checkout", "svc-erp-sync", "etl_user")).isEmpty();
    }

    @Test
    void icd10CodesAndCoordinatesOnlySupportAName() {
        assertThat(supporting("PHI.Health", "J06.9", "M54.5", "A09")).isPresent();
        assertThat(supporting("PII.PreciseLocation", "52.520008", "-33.868820", "151.209296")).isPresent();
        assertThat(strongest("J06.9", "M54.5", "A09")).isEmpty();
        assertThat(supporting("PII.PreciseLocation", "0.12", "1.5", "3")).isEmpty();
    }
}
