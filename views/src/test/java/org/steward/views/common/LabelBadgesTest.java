package org.steward.views.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.steward.model.catalog.ClassificationAssignment;

class LabelBadgesTest {

    @Test
    void aDirectLabelsTooltipNamesItsValidityAndAttributes() {
        ClassificationAssignment label = new ClassificationAssignment("PII.Email", null, true, "push",
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), Map.of("basis", "contract"));

        assertThat(LabelBadges.details(label)).isEqualTo("\nValid from 2026-01-01 to 2026-12-31\nbasis: contract");
        assertThat(LabelBadges.details(new ClassificationAssignment("PII.Email", null, true, "push", null,
                LocalDate.of(2026, 12, 31), Map.of()))).isEqualTo("\nValid until 2026-12-31");
        assertThat(LabelBadges.details(new ClassificationAssignment("PII.Email", null, true, "import")))
                .isEmpty();
    }
}
