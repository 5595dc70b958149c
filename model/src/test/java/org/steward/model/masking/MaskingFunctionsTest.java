package org.steward.model.masking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.steward.model.classification.MaskingRule;

class MaskingFunctionsTest {
    private static final MaskingSalt SALT = new MaskingSalt("pepper");
    private static final MaskingSalt OTHER_SALT = new MaskingSalt("paprika");

    @Test
    void everyFunctionKeepsNullAsNull() {
        for (MaskingFunction function : MaskingFunctions.choices()) {
            assertThat(function.apply(null, SALT)).as(function.id()).isNull();
        }
    }

    @Test
    void redactHidesEverythingIncludingEmptyValues() {
        assertThat(new Redact().apply("Ana Silva", SALT)).isEqualTo("[redacted]");
        assertThat(new Redact().apply("", SALT)).isEqualTo("[redacted]");
    }

    @Test
    void partialKeepsTheLastCharactersAndTheSeparators() {
        assertThat(new PartialMask().apply("4111 1111 1111 1234", SALT)).isEqualTo("**** **** **** 1234");
        assertThat(new PartialMask().apply("+44 7700 900123", SALT)).isEqualTo("+** **** **0123");
        assertThat(new PartialMask(6).apply("DE89370400440532013000", SALT)).isEqualTo("****************013000");
        assertThat(new PartialMask(0).apply("abc-def", SALT)).isEqualTo("***-***");
    }

    @Test
    void partialNeverShowsMoreThanHalfOfAShortValue() {
        assertThat(new PartialMask().apply("1234", SALT)).isEqualTo("**34");
        assertThat(new PartialMask().apply("12345", SALT)).isEqualTo("***45");
        assertThat(new PartialMask().apply("7", SALT)).isEqualTo("*");
        assertThat(new PartialMask().apply("", SALT)).isEmpty();
        assertThat(new PartialMask().apply("--", SALT)).isEqualTo("--");
    }

    @Test
    void partialCountsUnicodeByCodePointAndMasksIt() {
        assertThat(new PartialMask(2).apply("Zoë Ørsted", SALT)).isEqualTo("*** ****ed");
        assertThat(new PartialMask(1).apply("😀😀😀😀", SALT)).isEqualTo("***😀");
    }

    @Test
    void saltedHashIsSha256OfSaltAndValueInLowerCaseHex() {
        assertThat(new SaltedHash().apply("Ana Silva", SALT))
                .isEqualTo("cace00c33f9c940516a5ec4683511ffeb0a7922e8d7806ede727f41b0c754ec2");
        assertThat(new SaltedHash().apply("Zoë", SALT))
                .isEqualTo("8e681c9710668b2a931510485a5853c6135c88771f19dbd6376ab47f6221dd84");
        assertThat(new SaltedHash().apply("Ana Silva", OTHER_SALT)).isNotEqualTo(new SaltedHash().apply("Ana Silva",
                SALT));
    }

    @Test
    void tokenIsDeterministicAndKeepsLengthClassesAndSeparators() {
        FormatPreservingToken token = new FormatPreservingToken();
        String value = "AB-12 cd/9";
        String masked = token.apply(value, SALT);

        assertThat(masked).isEqualTo(token.apply(value, SALT)).isNotEqualTo(value)
                .isNotEqualTo(token.apply(value, OTHER_SALT));
        assertThat(masked).matches("[A-Z]{2}-[0-9]{2} [a-z]{2}/[0-9]");
    }

    @Test
    void tokenTurnsEveryNonAsciiCharacterIntoALowerCaseLetter() {
        String masked = new FormatPreservingToken().apply("Zoë Ørsted 😀", SALT);

        assertThat(masked.codePointCount(0, masked.length())).isEqualTo(12);
        assertThat(masked).matches("[A-Z][a-z]{2} [a-z]{6} [a-z]");
    }

    @Test
    void tokenKeepsTheEmailDomainUnlessAskedNotTo() {
        String kept = new FormatPreservingToken(true).apply("ana.silva@example.com", SALT);
        String tokenised = new FormatPreservingToken(false).apply("ana.silva@example.com", SALT);

        assertThat(kept).matches("[a-z]{3}[.][a-z]{5}@example[.]com");
        assertThat(tokenised).matches("[a-z]{3}[.][a-z]{5}@[a-z]{7}[.][a-z]{3}").doesNotEndWith("example.com");
    }

    @Test
    void tokenOfACardNumberIsLuhnValidAndKeepsItsGrouping() {
        FormatPreservingToken token = new FormatPreservingToken();
        for (String card : new String[] {"4111111111111111", "4242 4242 4242 4242", "3782-822463-10005"}) {
            String masked = token.apply(card, SALT);
            assertThat(masked).hasSameSizeAs(card).isNotEqualTo(card);
            assertThat(masked.replaceAll("[0-9]", "#")).isEqualTo(card.replaceAll("[0-9]", "#"));
            assertThat(luhnValid(masked.replaceAll("[^0-9]", ""))).as(masked).isTrue();
        }
    }

    @Test
    void differentValuesGetDifferentTokens() {
        FormatPreservingToken token = new FormatPreservingToken();
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            tokens.add(token.apply(String.format("%09d", i), SALT));
        }
        assertThat(tokens).hasSizeGreaterThan(1_995);
    }

    @Test
    void longValuesVaryPastTheDigestLength() {
        String masked = new FormatPreservingToken().apply("a".repeat(96), SALT);

        assertThat(masked).hasSize(96);
        assertThat(masked.substring(32, 64)).isNotEqualTo(masked.substring(0, 32));
    }

    @Test
    void yearGeneralisationReadsCommonDateShapes() {
        Generalisation year = new Generalisation(Granularity.YEAR);
        assertThat(year.apply("1984-07-12", SALT)).isEqualTo("1984");
        assertThat(year.apply("1984-07-12T10:15:00Z", SALT)).isEqualTo("1984");
        assertThat(year.apply("12/07/1984", SALT)).isEqualTo("1984");
        assertThat(year.apply("12.7.1984", SALT)).isEqualTo("1984");
        assertThat(year.apply("19840712", SALT)).isEqualTo("1984");
        assertThat(year.apply("1984", SALT)).isEqualTo("1984");
        assertThat(year.apply("unknown", SALT)).isEqualTo("[redacted]");
        assertThat(year.apply("12345678", SALT)).isEqualTo("[redacted]");
    }

    @Test
    void areaGeneralisationKeepsTheOutwardCodeOrTheLeadingDigits() {
        Generalisation area = new Generalisation(Granularity.AREA);
        assertThat(area.apply("SW1A 1AA", SALT)).isEqualTo("SW1A");
        assertThat(area.apply("ls1 4ap", SALT)).isEqualTo("ls1");
        assertThat(area.apply("M5V 2T6", SALT)).isEqualTo("M5V");
        assertThat(area.apply("1012 AB", SALT)).isEqualTo("1012");
        assertThat(area.apply("94105-1234", SALT)).isEqualTo("941**");
        assertThat(area.apply("530-0001", SALT)).isEqualTo("530");
        assertThat(area.apply("10115", SALT)).isEqualTo("101**");
        assertThat(area.apply("3000", SALT)).isEqualTo("30**");
        assertThat(area.apply("52.37312", SALT)).isEqualTo("52.3");
        assertThat(area.apply("-0.12780", SALT)).isEqualTo("-0.1");
        assertThat(area.apply("198.51.100.23", SALT)).isEqualTo("198.51.100.0/24");
        assertThat(area.apply("12 High Street", SALT)).isEqualTo("[redacted]");
        assertThat(area.apply("Amsterdam", SALT)).isEqualTo("[redacted]");
    }

    @Test
    void ipGeneralisationKeepsTheNetwork() {
        Generalisation ip = new Generalisation(Granularity.IP_NETWORK);
        assertThat(ip.apply("192.0.2.5", SALT)).isEqualTo("192.0.2.0/24");
        assertThat(ip.apply("192.0.2.5/32", SALT)).isEqualTo("192.0.2.0/24");
        assertThat(ip.apply("2001:db8:abcd:12::5f", SALT)).isEqualTo("2001:db8:abcd::/48");
        assertThat(ip.apply("2001:db8::1", SALT)).isEqualTo("[redacted]");
        assertThat(ip.apply("SW1A 1AA", SALT)).isEqualTo("[redacted]");
    }

    @Test
    void ageBandsAreTenYearsWideAndNinetyAndOverAreOneBand() {
        Generalisation age = new Generalisation(Granularity.AGE_BAND);
        assertThat(age.apply("0", SALT)).isEqualTo("0-9");
        assertThat(age.apply("37", SALT)).isEqualTo("30-39");
        assertThat(age.apply("89", SALT)).isEqualTo("80-89");
        assertThat(age.apply("90", SALT)).isEqualTo("90+");
        assertThat(age.apply("104", SALT)).isEqualTo("90+");
        assertThat(age.apply("37.5", SALT)).isEqualTo("[redacted]");
        assertThat(age.apply("-3", SALT)).isEqualTo("[redacted]");
    }

    @Test
    void rulesReadBackFromTheirTextForm() {
        for (MaskingFunction function : MaskingFunctions.choices()) {
            assertThat(MaskingFunctions.parse(function.id())).isEqualTo(function);
        }
        assertThat(MaskingFunctions.parse(" Partial:7 ")).isEqualTo(new PartialMask(7));
        assertThat(MaskingFunctions.parse("partial-last-4")).isEqualTo(new PartialMask(4));
        assertThatThrownBy(() -> MaskingFunctions.parse("scramble")).hasMessageContaining("unknown masking rule")
                .hasMessageContaining("generalise-year");
        assertThatThrownBy(() -> MaskingFunctions.parse("partial:x")).hasMessageContaining("whole number");
        assertThatThrownBy(() -> MaskingFunctions.parse("partial:99")).hasMessageContaining("between 0 and 64");
    }

    @Test
    void taxonomyDefaultsFitTheColumnKind() {
        assertThat(MaskingFunctions.forRule(MaskingRule.GENERALISE_YEAR, ColumnKind.DATE))
                .isEqualTo(new Generalisation(Granularity.YEAR));
        assertThat(MaskingFunctions.forRule(MaskingRule.GENERALISE_YEAR, ColumnKind.NUMBER))
                .isEqualTo(new Generalisation(Granularity.AGE_BAND));
        assertThat(MaskingFunctions.forRule(MaskingRule.PARTIAL_LAST_4, ColumnKind.TEXT)).isEqualTo(new PartialMask(4));
    }

    @Test
    void theSaltNeverShowsInText() {
        MaskingSalt salt = MaskingSalt.generate();

        assertThat(salt.value()).hasSize(64).isNotEqualTo(MaskingSalt.generate().value());
        assertThat(salt.toString()).doesNotContain(salt.value());
    }

    private static boolean luhnValid(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            sum += i % 2 == 1 ? (digit * 2 > 9 ? digit * 2 - 9 : digit * 2) : digit;
        }
        return sum % 10 == 0;
    }
}
