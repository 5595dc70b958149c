package org.steward.model.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataSuspicionTest {

    private final PersonalDataSuspicion suspicion = new PersonalDataSuspicion(2012);

    @ParameterizedTest
    @ValueSource(strings = {"email", "e_mail", "customerEmail", "EMAIL_ADDRESS", "mail_addr", "phone", "mobile",
        "tel_no", "msisdn", "first_name", "lastName", "surname", "full_name", "birth_date", "dob", "date_of_birth",
        "ssn", "national_id", "passport_no", "address", "street", "zip", "postcode", "postal_code", "ip_address",
        "ip", "device_id", "card_number", "pan", "iban", "account_number", "lat", "lon", "geolocation",
        "customer_name", "email_hash", "geburtsdatum", "Telefon", "Straße", "courriel", "prénom", "nombre",
        "apellido", "teléfono", "straat", "geboortedatum", "address2"})
    void suspectsPersonalDataByName(String name) {
        assertThat(suspicion.suspected(name, List.of())).as(name).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"email_sent_count", "ip_protocol_version", "zip_file_name", "email_verified",
        "is_email_valid", "address_type", "mail_server", "order_id", "amount", "created_at", "name", "city",
        "product_name", "span", "hotel", "status", "email_domain", "", "id"})
    void doesNotSuspectNamesAboutPropertiesOrThings(String name) {
        assertThat(suspicion.suspected(name, List.of())).as(name).isFalse();
    }

    @Test
    void explainsANameMatch() {
        assertThat(suspicion.reason("customer_email", List.of())).contains("name matches 'email'");
        assertThat(suspicion.reason("firstName", List.of())).contains("name matches 'first name'");
    }

    @Test
    void suspectsEmailSamplesAndCountsThem() {
        assertThat(suspicion.reason("contact", List.of("ann@example.com", "bob@example.org", "c.d@mail.co.uk")))
                .contains("3/3 sample values are email addresses");
    }

    @Test
    void needsMostSamplesToMatchAndIgnoresBlanks() {
        assertThat(suspicion.suspected("c1", List.of("ann@example.com", "x", "y", "z"))).isFalse();
        assertThat(suspicion.reason("c1", List.of("ann@example.com", "bob@example.com", "", " ", "z")))
                .contains("2/3 sample values are email addresses");
    }

    @Test
    void suspectsCardNumbersOnlyWhenTheyPassLuhn() {
        assertThat(suspicion.reason("c1", List.of("4111 1111 1111 1111", "5500-0000-0000-0004")))
                .contains("2/2 sample values are payment card numbers");
        assertThat(suspicion.suspected("c1", List.of("4111111111111112", "1234567890123456"))).isFalse();
        assertThat(suspicion.suspected("c1", List.of("0000000000000000"))).isFalse();
    }

    @Test
    void suspectsIbansOnlyWhenTheChecksumHolds() {
        assertThat(suspicion.reason("c1", List.of("DE89 3704 0044 0532 0130 00", "GB82WEST12345698765432")))
                .contains("2/2 sample values are IBANs");
        assertThat(suspicion.suspected("c1", List.of("DE89370400440532013001"))).isFalse();
    }

    @Test
    void suspectsPhoneNumbersInE164AndUsFormats() {
        assertThat(suspicion.reason("c1", List.of("+49 151 23456789", "+14155550123", "(415) 555-0123")))
                .contains("3/3 sample values are phone numbers");
        assertThat(suspicion.suspected("c1", List.of("4155550123", "20231107"))).isFalse();
    }

    @Test
    void suspectsSocialSecurityNumbersButNotInvalidAreas() {
        assertThat(suspicion.reason("c1", List.of("123-45-6789"))).contains("1/1 sample values are US social "
                + "security numbers");
        assertThat(suspicion.suspected("c1", List.of("000-12-3456", "666-12-3456"))).isFalse();
    }

    @Test
    void suspectsIpAddresses() {
        assertThat(suspicion.reason("c1", List.of("192.168.0.1", "2001:db8::8a2e:370:7334", "10.0.0.255")))
                .contains("3/3 sample values are IP addresses");
        assertThat(suspicion.suspected("c1", List.of("999.1.1.1", "12:30:45", "1.2.3"))).isFalse();
    }

    @Test
    void suspectsIsoDatesWithPlausibleBirthYearsFromThreeSamples() {
        assertThat(suspicion.reason("c1", List.of("1984-02-29", "1961-12-01", "2001-07-15")))
                .contains("3/3 sample values are plausible birth dates");
        assertThat(suspicion.suspected("c1", List.of("2023-01-05", "2024-03-01", "2022-12-31"))).isFalse();
        assertThat(suspicion.suspected("c1", List.of("1984-02-29", "1961-12-01"))).isFalse();
    }

    @Test
    void nameEvidenceComesBeforeSampleEvidence() {
        assertThat(suspicion.reason("email", List.of("192.168.0.1"))).contains("name matches 'email'");
    }

    @Test
    void toleratesNulls() {
        assertThat(suspicion.suspected(null, null)).isFalse();
    }
}
