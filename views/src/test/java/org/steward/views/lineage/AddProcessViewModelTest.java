package org.steward.views.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.steward.model.catalog.EntityType;
import org.steward.views.task.SameThreadTaskExecutor;

class AddProcessViewModelTest {
    private final FakeLineage lineage = FakeLineage.demo();
    private final SameThreadTaskExecutor executor = new SameThreadTaskExecutor();
    private final DatasetChoice orders = new DatasetChoice(1, EntityType.DATASET, "orders", "postgres.shop.orders");

    @Test
    void qualifiedNameFollowsTheNameUntilTheUserEditsIt() {
        AddProcessViewModel draft = new AddProcessViewModel(lineage::findDatasets, executor, List.of(), List.of());
        draft.nameProperty().set("Nightly Orders load");
        assertThat(draft.qualifiedNameProperty().get()).isEqualTo("manual.nightly_orders_load");

        draft.qualifiedNameProperty().set("airflow.shop.nightly");
        draft.nameProperty().set("Nightly orders");
        assertThat(draft.qualifiedNameProperty().get()).isEqualTo("airflow.shop.nightly");
    }

    @Test
    void saysWhatIsMissingUntilTheProcessCanBeProposed() {
        AddProcessViewModel draft = new AddProcessViewModel(lineage::findDatasets, executor, List.of(orders),
                List.of());
        assertThat(draft.problemProperty().get()).isEqualTo("Name the process.");
        assertThat(draft.proposal()).isEmpty();

        draft.nameProperty().set("Load");
        assertThat(draft.problemProperty().get()).isEmpty();
        draft.outputs().choose(orders);
        assertThat(draft.problemProperty().get()).isEqualTo("orders is both an input and an output.");
        draft.outputs().remove(orders);
        draft.inputs().remove(orders);
        assertThat(draft.problemProperty().get()).isEqualTo("Pick at least one input or output.");
    }

    @Test
    void pickersSearchAsYouTypeAndLeaveOutWhatIsChosen() {
        AddProcessViewModel draft = new AddProcessViewModel(lineage::findDatasets, executor, List.of(orders),
                List.of());
        draft.inputs().queryProperty().set("ord");
        assertThat(draft.inputs().suggestions()).extracting(DatasetChoice::name)
                .containsExactly("stg_orders", "fct_orders");
        draft.outputs().queryProperty().set("dash");
        assertThat(draft.outputs().suggestions()).extracting(DatasetChoice::name)
                .containsExactly("Revenue dashboard");

        draft.nameProperty().set("Refresh revenue");
        draft.inputs().choose(draft.inputs().suggestions().get(1));
        draft.outputs().choose(draft.outputs().suggestions().get(0));
        assertThat(draft.inputs().suggestions()).extracting(DatasetChoice::name).containsExactly("stg_orders");
        assertThat(draft.proposal()).hasValueSatisfying(process -> {
            assertThat(process.qualifiedName()).isEqualTo("manual.refresh_revenue");
            assertThat(process.inputIds()).containsExactly(1L, 7L);
            assertThat(process.outputIds()).containsExactly(10L);
        });
    }

    @Test
    void selectedDatasetsPrefillTheDialogAndTheProposalReachesTheEdits() {
        RecordedEdits edits = new RecordedEdits();
        LineageViewModel model = new LineageViewModel(lineage, edits, executor,
                new org.steward.views.lineage.layout.LineageLayout()::layout);
        model.open(5);
        model.select(7, false);
        model.select(8, true);
        assertThat(model.selectedDatasets()).extracting(DatasetChoice::id).containsExactly(7L, 8L);
        model.select(6, false);
        assertThat(model.selectedDatasets()).isEmpty();

        model.addProcess(new AddProcessViewModel.ProcessProposal("manual.x", "X", List.of(7L), List.of(8L)));
        assertThat(edits.calls).containsExactly("add process manual.x 'X' [7]>[8]");
    }
}
