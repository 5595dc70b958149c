package org.steward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchAtlasPushTest {

    @TempDir
    Path home;

    @Test
    void pushesAThousandApprovedClassificationsToTheStubAndPrintsTimeAndRequests() {
        CliRun run = CliRun.of(home, "bench", "atlas", "--part", "push", "--dir", home.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("atlas push: 1,000 approved classification changes")
                .contains("pushed, 1,000 applied, 0 failed")
                .contains("(40 bulk reads, 10 bulk classification writes); 1,000 entities on the stub carry PII");
    }
}
