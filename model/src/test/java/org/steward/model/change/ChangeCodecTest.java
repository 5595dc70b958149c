package org.steward.model.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangeCodecTest {

    @Test
    void everyKindSurvivesStorage() {
        List<Change> changes = List.of(
                new DescriptionChange(7, "old", "new\nline"),
                new OwnerChange(7, "", "ana"),
                new GlossaryTermsChange(7, List.of(), List.of("Customer", "Order")),
                new LineageEdgeAdded(1, 2, 3L),
                new LineageEdgeRemoved(1, 2),
                new ProcessAdded("etl.load", "Load", List.of(1L, 2L), List.of(3L)),
                new ProcessRemoved(9),
                new ClassificationAdded(7, "PII.Email", false, Map.of("jurisdiction", "EU", "basis", "contract"),
                        LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), "newsletter \"opt-in\" list"),
                new ClassificationAdded(8, "PII.Name"),
                new ClassificationRemoved(7, "Confidential", "public after launch"));

        for (Change change : changes) {
            Change decoded = ChangeCodec.decode(change.kind(), change.entityId(), ChangeCodec.before(change),
                    ChangeCodec.after(change));
            assertThat(decoded).as(change.summary()).isEqualTo(change);
        }
    }

    @Test
    void aClassificationCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> new ClassificationAdded(1, "PII.Email", true, Map.of(),
                LocalDate.of(2027, 1, 1), LocalDate.of(2026, 1, 1), ""))
                .hasMessageContaining("before it starts");
    }

    @Test
    void summariesSayWhatChanged() {
        assertThat(new ClassificationAdded(1, "PII.Email", false, Map.of(), null, null, "").summary())
                .isEqualTo("classification added: PII.Email (not propagated)");
        assertThat(new ClassificationRemoved(1, "PII.Email", "").summary())
                .isEqualTo("classification removed: PII.Email");
    }
}
