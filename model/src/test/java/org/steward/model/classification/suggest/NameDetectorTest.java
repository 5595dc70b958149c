package org.steward.model.classification.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NameDetectorTest {

    private final NameDetector detector = new NameDetector();

    private Optional<String> classify(String name) {
        return detector.detect(name).filter(s -> s.confidence() >= ColumnClassifier.DEFAULT_THRESHOLD)
                .map(Suggestion::classification);
    }

    @ParameterizedTest
    @CsvSource({
        "customerEmail, PII.Email", "E_Mail_Adresse, PII.Email", "courriel_client, PII.Email",
        "correo_electronico, PII.Email", "cust_dob, PII.DateOfBirth", "Geburtsdatum, PII.DateOfBirth",
        "date_de_naissance, PII.DateOfBirth", "fecha_nacimiento, PII.DateOfBirth", "geboortedatum, PII.DateOfBirth",
        "data_di_nascita, PII.DateOfBirth", "data_nascimento, PII.DateOfBirth", "mobile_no, PII.Phone",
        "telefonnummer, PII.Phone", "msisdn, PII.Phone", "telemovel, PII.Phone", "vorname, PII.Name",
        "nachname, PII.Name", "prenom, PII.Name", "apellidos, PII.Name", "achternaam, PII.Name",
        "sobrenome, PII.Name", "cognome, PII.Name", "nome_cliente, PII.Name", "patient_name, PII.Name",
        "card_holder, PII.Name", "ssn, PII.NationalId", "codice_fiscale, PII.NationalId", "bsn, PII.NationalId",
        "cpf, PII.NationalId", "national_id, PII.NationalId", "cc_num, Financial.CardNumber",
        "steuer_id, PII.NationalId", "code_postal, PII.Postcode",
        "numero_de_cuenta, Financial.AccountNumber", "household_income, Financial.Income",
        "home_city, PII.PostalAddress",
        "numero_tarjeta, Financial.CardNumber", "iban, Financial.IBAN", "kontonummer, Financial.AccountNumber",
        "plz, PII.Postcode", "zip_code, PII.Postcode", "codigo_postal, PII.Postcode", "strasse, PII.PostalAddress",
        "billing_address_line1, PII.PostalAddress", "client_ip, PII.IPAddress", "idfa, PII.DeviceId",
        "geo_latitude, PII.PreciseLocation", "gross_salary, Financial.Income", "gehalt, Financial.Income",
        "diagnosis_code, PHI.Health", "religion, SpecialCategory.Religion", "ethnicity, SpecialCategory.EthnicOrigin",
        "email_sha256, PII.Pseudonymised", "blood_type, PHI.Health"
    })
    void namesInSeveralLanguagesAndAbbreviations(String name, String expected) {
        assertThat(classify(name)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"email_sent_count", "zip_file_name", "ip_protocol_version", "phone_verified",
        "email_domain", "address_id", "shipping_address_id", "store_city", "supplier_name", "product_name",
        "age_band", "eta", "lead_time_days", "net_income", "bonus_points", "card_last4", "card_bin",
        "created_by", "order_date", "page_views", "customer_id", "name", "city", "lat"})
    void propertiesAndWeakWordsSuggestNothingOnTheirOwn(String name) {
        assertThat(classify(name)).isEmpty();
    }
}
