package org.steward.views.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.steward.model.ingest.IngestException;

class ErrorDialogTest {

    @Test
    void aRejectedImportIsToldApartFromOtherFailures() {
        RuntimeException wrapped = new RuntimeException("task failed",
                new IngestException("events.json line 3 col 2 at $.job: invalid JSON: Unexpected end-of-input"));

        assertThat(ErrorDialog.rejectedInput(wrapped)).isTrue();
        assertThat(ErrorDialog.rejectedInput(new IllegalStateException("disk full"))).isFalse();
        assertThat(ErrorDialog.message(new RuntimeException(null, new IngestException("events.json line 3"))))
                .isEqualTo("events.json line 3");
    }
}
