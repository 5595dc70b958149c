package org.steward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchLineageCommandTest {

    @TempDir
    Path temp;

    @Test
    void benchLineagePrintsClosureAndImportFigures() {
        CliRun run = CliRun.of(temp, "bench", "lineage", "--edges", "20000", "--megabytes", "1", "--dir",
                temp.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("lineage closure").contains("p50").contains("p95")
                .contains("Jackson alone").contains("import into a new workspace")
                .containsPattern("again, into another new workspace: +[0-9.]+ s = [0-9.]+ MB/s");
        assertThat(temp.toFile().list()).noneMatch(name -> name.startsWith("steward-bench-lineage"));
    }
}
