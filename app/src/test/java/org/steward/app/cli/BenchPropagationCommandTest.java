package org.steward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchPropagationCommandTest {

    @TempDir
    Path temp;

    @Test
    void timesTheScanPropagationAndAPreviewOnADemo() {
        Path demo = temp.resolve("demo");
        assertThat(CliRun.of(temp, "demo", "--entities", "1000", "--out", demo.toString()).exitCode()).isZero();

        CliRun run = CliRun.of(temp, "bench", "propagation", "--workspace", demo.toString(), "--rounds", "1",
                "--accept", "20");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("suggestion scan:").contains("unlabelled columns")
                .contains("propagation of").contains("propagated labels")
                .contains("preview of accepting 20 suggestions");
        assertThat(run.out()).containsPattern("\\n    [+~] \\S+ (on|already on) ");
    }

    @Test
    void refusesNonPositiveRounds() {
        CliRun run = CliRun.of(temp, "bench", "propagation", "--workspace", temp.toString(), "--rounds", "0");

        assertThat(run.exitCode()).isOne();
        assertThat(run.err()).contains("--rounds and --accept must be positive");
    }
}
