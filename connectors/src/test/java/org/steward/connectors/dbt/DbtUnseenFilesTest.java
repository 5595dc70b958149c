package org.steward.connectors.dbt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.steward.connectors.importing.Fixtures;
import org.steward.connectors.importing.Fixtures.Counts;
import org.steward.model.workspace.Workspace;

/**
 * dbt manifests of other projects and schema versions (src/test/resources/unseen/dbt, sources in the README).
 * Counts from reading each file: a dataset per model, seed, snapshot and source, a process per model and snapshot,
 * a dashboard per exposure; edges process → its dataset and each depends_on node → the dependent's process.
 */
class DbtUnseenFilesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // file, datasets, columns, processes, dashboards, dataset edges, owners
        // Manifest v4 (dbt 1.0.4): my_first → my_second → orders_snapshot, one documented column each; 3 tests.
        "dbt/ol-snapshot-manifest-v4.json,   3, 3, 3, 0, 5, 0",
    })
    void importsWithExactCountsAndReimportChangesNothing(String file, long datasets, long columns, long processes,
                                                         long dashboards, long datasetEdges, long owners) {
        try (Workspace workspace = Workspace.inMemory("dbt")) {
            Fixtures.importFile(workspace, new DbtImporter(), Fixtures.unseen(file));

            assertThat(Counts.of(workspace))
                    .isEqualTo(new Counts(datasets, columns, processes, dashboards, datasetEdges, 0));
            assertThat(workspace.stats().owners()).isEqualTo(owners);
            assertThat(Fixtures.importFile(workspace, new DbtImporter(), Fixtures.unseen(file)).changedAnything())
                    .isFalse();
        }
    }
}
