package org.steward.model.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.steward.model.catalog.EntityType;
import org.steward.model.ingest.EntityRecord;

class DemoSampleValuesTest {

    private static final Pattern EMAIL = Pattern.compile("[a-z][a-z0-9.]*@[a-z0-9-]+(\\.[a-z0-9-]+)+");
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{7,14}");
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3}\\.){3}\\d{1,3}");

    @Test
    void everyColumnHasThreeToFiveSampleValues() {
        assertThat(columns()).allSatisfy(c -> assertThat(c.sampleValues()).hasSizeBetween(3, 5));
    }

    @Test
    void emailColumnsHoldValidAddressesOnReservedDomains() {
        List<String> emails = columns().stream()
                .filter(c -> c.name().toLowerCase(Locale.ROOT).matches("(.*_)?email(_address)?"))
                .flatMap(c -> c.sampleValues().stream()).toList();
        assertThat(emails).hasSizeGreaterThan(500).allSatisfy(v -> assertThat(v).matches(EMAIL));
        assertThat(emails).allSatisfy(v -> assertThat(v).containsAnyOf("example", "larkspur-retail"));
    }

    @Test
    void cardNumbersAreLuhnValidAndIbansPassMod97() {
        List<String> cards = samplesOf("card_pan");
        cards.addAll(samplesOf("card_number"));
        List<String> ibans = samplesOf("iban");
        cards.removeIf(v -> v.startsWith("7700"));

        assertThat(cards).hasSizeGreaterThan(50).allSatisfy(v -> assertThat(DemoChecksums.luhnValid(v)).as(v).isTrue());
        assertThat(ibans).hasSizeGreaterThan(50).allSatisfy(v -> assertThat(DemoChecksums.ibanValid(v)).as(v).isTrue());
        assertThat(ibans).anyMatch(v -> v.startsWith("DE")).anyMatch(v -> v.startsWith("NL"))
                .anyMatch(v -> v.startsWith("FR"));
    }

    @Test
    void phonesAreE164AndIpsComeFromDocumentationRanges() {
        assertThat(samplesOf("phone")).hasSizeGreaterThan(100).allSatisfy(v -> assertThat(v).matches(E164));
        assertThat(samplesOf("client_ip")).isNotEmpty().allSatisfy(v -> assertThat(v).matches(IPV4)
                .satisfiesAnyOf(ip -> assertThat(ip).startsWith("192.0.2."),
                        ip -> assertThat(ip).startsWith("198.51.100."), ip -> assertThat(ip).startsWith("203.0.113.")));
    }

    @Test
    void checksumsAcceptKnownGoodNumbersAndRejectTypos() {
        assertThat(DemoChecksums.luhnValid("4111111111111111")).isTrue();
        assertThat(DemoChecksums.luhnValid("4111111111111112")).isFalse();
        assertThat(DemoChecksums.ibanValid("GB82WEST12345698765432")).isTrue();
        assertThat(DemoChecksums.ibanValid("GB82WEST12345698765433")).isFalse();
        assertThat(DemoChecksums.ibanValid(DemoChecksums.iban("DE", "370400440532013000"))).isTrue();
        assertThat(DemoChecksums.iban("DE", "370400440532013000")).isEqualTo("DE89370400440532013000");
    }

    private static List<EntityRecord> columns() {
        return DemoFixture.defaultDemo().entities().stream().filter(e -> e.type() == EntityType.COLUMN).toList();
    }

    private static List<String> samplesOf(String nameFragment) {
        return new java.util.ArrayList<>(columns().stream()
                .filter(c -> c.name().toLowerCase(Locale.ROOT).contains(nameFragment)
                        && !c.name().toLowerCase(Locale.ROOT).contains("hash"))
                .flatMap(c -> c.sampleValues().stream()).toList());
    }
}
