package org.steward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchClassifyCommandTest {

    @TempDir
    Path temp;

    @Test
    void printsPrecisionAndRecallPerClassForEachPartOfTheCorpus() {
        CliRun run = CliRun.of(temp, "bench", "classify");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("classification benchmark at threshold 0.60")
                .contains("hand-labelled corpus").contains("demo blueprint columns (held out;").contains("all:")
                .contains("precision").contains("recall").contains("PII.Email").contains("Financial.IBAN");
        assertThat(run.out().lines().filter(line -> line.strip().startsWith("overall"))).hasSize(3);
    }

    @Test
    void listsMistakesOnRequestAndRejectsABadThreshold() {
        assertThat(CliRun.of(temp, "bench", "classify", "--threshold", "0.99", "--mistakes").out())
                .contains("  - ").contains("expected");
        CliRun bad = CliRun.of(temp, "bench", "classify", "--threshold", "0");
        assertThat(bad.exitCode()).isNotZero();
        assertThat(bad.err()).contains("--threshold must lie in (0, 1]");
    }
}
