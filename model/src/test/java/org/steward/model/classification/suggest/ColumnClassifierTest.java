package org.steward.model.classification.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ColumnClassifierTest {

    private final ColumnClassifier classifier = new ColumnClassifier(new NameDetector(), ValueFormats.standard(2026),
            ColumnClassifier.DEFAULT_THRESHOLD);

    private Optional<String> best(String name, String... samples) {
        return classifier.best(name, List.of(samples)).map(Suggestion::classification);
    }

    @Test
    void nameAndValuesTogetherOutrankEitherAlone() {
        List<Suggestion> suggestions = classifier.suggest("customer_email", List.of("ana.silva@example.org",
                "j.smith@example.com", "k.tanaka@example.jp"));

        assertThat(suggestions).hasSize(1);
        assertThat(suggestions.get(0).classification()).isEqualTo("PII.Email");
        assertThat(suggestions.get(0).confidence()).isGreaterThan(0.99);
        assertThat(suggestions.get(0).evidence()).contains("name matches 'email'").contains("3/3 sample values");
    }

    @Test
    void valuesAloneSuggestStrictFormats() {
        assertThat(best("col_17", "4111 1111 1111 1111", "5555555555554444", "4000056655665556"))
                .contains("Financial.CardNumber");
        assertThat(best("ref", "DE89370400440532013000", "NL91ABNA0417164300", "GB82WEST12345698765432"))
                .contains("Financial.IBAN");
        assertThat(best("changed_by", "maria.rossi@example.it", "svc@example.com", "a.b@example.org"))
                .contains("PII.Email");
    }

    @Test
    void weakNamesNeedValuesThatAgree() {
        assertThat(best("lat", "a", "b", "c")).isEmpty();
        assertThat(best("lat", "52.520008", "48.856613", "51.507351")).contains("PII.PreciseLocation");
        assertThat(best("name", "Widget", "Gadget", "Sprocket")).isEmpty();
        assertThat(best("naam", "Sanne", "Daan", "Femke")).contains("PII.Name");
        assertThat(best("born", "1984-03-02", "1961-11-30", "1999-07-14")).contains("PII.DateOfBirth");
        assertThat(best("dt", "1984-03-02", "1961-11-30", "1999-07-14")).isEmpty();
    }

    @Test
    void aNameContradictedByItsValuesIsDropped() {
        assertThat(best("card_number", "7700123456789012", "7700987654321098", "7700555511112222")).isEmpty();
        assertThat(best("card_number")).contains("Financial.CardNumber");
    }

    @Test
    void propertiesOfPersonalDataAreNotPersonalData() {
        assertThat(best("email_sent_count", "3", "0", "12")).isEmpty();
        assertThat(best("zip_file_name", "export_2024.zip", "orders.zip", "backup.zip")).isEmpty();
        assertThat(best("ip_protocol_version", "4", "6", "4")).isEmpty();
        assertThat(best("order_date", "2024-03-02", "2025-01-17", "2023-11-30", "2024-12-24", "2025-06-01"))
                .isEmpty();
        assertThat(best("order_id", "1000000000009", "4000000000006", "4111111111111111", "8823746651",
                "4929000000006", "9988776655443322")).isEmpty();
    }

    @Test
    void higherThresholdsSuggestLess() {
        ColumnClassifier strict = new ColumnClassifier(new NameDetector(), ValueFormats.standard(2026), 0.95);

        assertThat(strict.suggest("email", List.of())).isEmpty();
        assertThat(strict.suggest("email", List.of("a@example.com", "b@example.org", "c@example.net"))).hasSize(1);
    }
}
