package org.steward.model.classification.propagation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.steward.model.catalog.ClassificationAssignment;
import org.steward.model.catalog.ColumnInfo;
import org.steward.model.catalog.LabelGroup;
import org.steward.model.change.ClassificationAdded;
import org.steward.model.change.ClassificationRemoved;
import org.steward.model.change.EditHistory;
import org.steward.model.change.OverlaidDetails;
import org.steward.model.ingest.ClassificationDefinitionRecord;
import org.steward.model.task.ProgressMonitor;
import org.steward.model.testing.TestCatalogs;
import org.steward.model.workspace.Workspace;
import org.steward.model.workspace.WorkspaceException;

/** Propagation, previews and the overlay on a real (in-memory) workspace. */
class WorkspacePropagationTest {
    private static final String EMAIL_HASH = "ANALYTICS.STAGING.STG_CUSTOMERS.EMAIL_HASH@snowflake";

    private static Workspace workspace() {
        Workspace workspace = Workspace.inMemory("test");
        workspace.ingest(TestCatalogs.small(), "tester", ProgressMonitor.NONE);
        return workspace;
    }

    private static long id(Workspace workspace, String qualifiedName) {
        return workspace.catalog().entityByQualifiedName(qualifiedName).orElseThrow().id();
    }

    private static OverlaidDetails overlay(Workspace workspace, long id) {
        var details = workspace.catalog().details(id).orElseThrow();
        List<Long> ids = new java.util.ArrayList<>(List.of(id));
        details.columns().forEach(column -> ids.add(column.column().id()));
        return workspace.overlay().apply(details, workspace.changes().pendingFor(ids));
    }

    @Test
    void thePreviewListsExactlyWhatADatasetLabelWouldReach() {
        try (Workspace workspace = workspace()) {
            long customers = id(workspace, TestCatalogs.CUSTOMERS);

            PropagationPreview preview = workspace.propagation().preview(
                    List.of(new ClassificationAdded(customers, "Confidential")));

            assertThat(preview.diff().added()).extracting(label -> preview.name(label.entityId()))
                    .containsExactlyInAnyOrder(TestCatalogs.STG_CUSTOMERS, TestCatalogs.DASHBOARD);
            assertThat(preview.summary()).containsExactly("+ Confidential on 1 dataset, 1 dashboard");
            assertThat(preview.affectedIds()).contains(customers, id(workspace, TestCatalogs.DASHBOARD));
            assertThat(workspace.changes().pendingCount()).as("a preview records nothing").isZero();
        }
    }

    @Test
    void aColumnLabelPreviewCountsColumnsAndDatasets() {
        try (Workspace workspace = workspace()) {
            long email = id(workspace, TestCatalogs.CUSTOMERS_EMAIL);

            PropagationPreview preview = workspace.propagation().preview(
                    List.of(new ClassificationAdded(email, "PII.Contact")));

            assertThat(preview.summary()).first().asString()
                    .startsWith("+ PII.Contact on 1 column in 1 dataset");
        }
    }

    @Test
    void acceptedLabelsArePendingInTheOverlayWithWhatTheyPropagate() {
        try (Workspace workspace = workspace()) {
            long customers = id(workspace, TestCatalogs.CUSTOMERS);
            long staging = id(workspace, TestCatalogs.STG_CUSTOMERS);
            EditHistory history = new EditHistory(workspace.changes(), "steward", 10);

            history.recordAll(List.of(new ClassificationAdded(customers, "Confidential")));

            OverlaidDetails origin = overlay(workspace, customers);
            assertThat(origin.details().classifications()).extracting(ClassificationAssignment::classification)
                    .contains("Confidential");
            assertThat(origin.isLabelPending(customers, "Confidential")).isTrue();
            OverlaidDetails downstream = overlay(workspace, staging);
            assertThat(LabelGroup.of(downstream.details().classifications()))
                    .filteredOn(group -> group.classification().equals("Confidential"))
                    .singleElement().satisfies(group -> {
                        assertThat(group.direct()).isFalse();
                        assertThat(group.origins()).containsExactly(TestCatalogs.CUSTOMERS);
                    });
            assertThat(downstream.isLabelPending(staging, "Confidential")).isTrue();
            assertThat(workspace.catalog().details(staging).orElseThrow().classifications())
                    .as("stored state untouched").extracting(ClassificationAssignment::classification)
                    .doesNotContain("Confidential");

            history.undo();
            assertThat(overlay(workspace, staging).details().classifications())
                    .extracting(ClassificationAssignment::classification).doesNotContain("Confidential");
        }
    }

    @Test
    void aPendingRemovalWithdrawsThePropagatedLabelDownstream() {
        try (Workspace workspace = workspace()) {
            long email = id(workspace, TestCatalogs.CUSTOMERS_EMAIL);
            long staging = id(workspace, TestCatalogs.STG_CUSTOMERS);
            long hash = id(workspace, EMAIL_HASH);

            PropagationPreview preview = workspace.propagation().preview(
                    List.of(new ClassificationRemoved(email, "PII.Email", "not an e-mail after all")));
            assertThat(preview.diff().removed()).extracting(PropagatedLabel::entityId).contains(hash);

            workspace.changes().propose(new ClassificationRemoved(email, "PII.Email", ""), "steward");

            OverlaidDetails details = overlay(workspace, staging);
            ColumnInfo hashed = details.details().columns().stream()
                    .filter(column -> column.column().id() == hash).findFirst().orElseThrow();
            assertThat(hashed.classifications()).extracting(ClassificationAssignment::classification)
                    .doesNotContain("PII.Email");
            assertThat(details.isLabelPending(hash, "PII.Email")).isTrue();
        }
    }

    @Test
    void anAnonymisingProcessStopsPropagationAndThePreviewSaysWhere() {
        try (Workspace workspace = workspace()) {
            long customers = id(workspace, TestCatalogs.CUSTOMERS);
            long load = id(workspace, TestCatalogs.LOAD);
            workspace.classifications().addRule(new PropagationRule(0, RuleKind.ANONYMISING, load, null, "",
                    "e-mails hashed"), "steward");

            PropagationPreview preview = workspace.propagation().preview(
                    List.of(new ClassificationAdded(customers, "Confidential")));

            assertThat(preview.diff().added()).isEmpty();
            assertThat(preview.diff().newStops()).singleElement().satisfies(stop -> {
                assertThat(stop.atId()).isEqualTo(load);
                assertThat(stop.reason()).isEqualTo(RuleKind.ANONYMISING);
            });
            assertThat(workspace.audit().verify().intact()).isTrue();

            workspace.classifications().clearRules(load, null, "steward");
            assertThat(workspace.propagation().preview(List.of(new ClassificationAdded(customers, "Confidential")))
                    .diff().added()).hasSize(2);
        }
    }

    @Test
    void usersAddTheirOwnClassificationsWithAttributes() {
        try (Workspace workspace = workspace()) {
            workspace.classifications().define(new ClassificationDefinitionRecord("Internal.Restricted", "",
                    "Only for the finance team", 2, List.of("team", "expires")), "steward");

            var taxonomy = workspace.classifications().taxonomy();
            assertThat(taxonomy.taxonomy().contains("Internal.Restricted")).isTrue();
            assertThat(taxonomy.attributesOf("Internal.Restricted")).containsExactly("team", "expires");
            assertThat(taxonomy.isUserDefined("Internal.Restricted")).isTrue();
            assertThat(taxonomy.taxonomy().contains("PII.Email")).as("the shipped taxonomy is still there").isTrue();
            assertThatThrownBy(() -> workspace.classifications().define(new ClassificationDefinitionRecord(
                    "PII.Email", "", "", 1), "steward")).isInstanceOf(WorkspaceException.class)
                    .hasMessageContaining("already a classification");
            assertThatThrownBy(() -> workspace.classifications().define(new ClassificationDefinitionRecord(
                    "X", "Nope", "", 1, List.of("two words")), "steward")).hasMessageContaining("parent Nope")
                    .hasMessageContaining("'two words'");
        }
    }

    @Test
    void rejectedSuggestionsAreRemembered() {
        try (Workspace workspace = workspace()) {
            long email = id(workspace, TestCatalogs.CUSTOMERS_EMAIL);
            workspace.classifications().rejectSuggestions(
                    List.of(new org.steward.model.classification.suggest.RejectedSuggestion(email, "PII.Phone")),
                    "steward");

            assertThat(workspace.classifications().rejected()).containsExactly(
                    new org.steward.model.classification.suggest.RejectedSuggestion(email, "PII.Phone"));
        }
    }

    @Test
    void aBulkEditIsOneUndoStep() {
        try (Workspace workspace = workspace()) {
            EditHistory history = new EditHistory(workspace.changes(), "steward", 10);
            history.recordAll(List.of(new ClassificationAdded(id(workspace, TestCatalogs.CUSTOMERS), "Confidential"),
                    new ClassificationAdded(id(workspace, TestCatalogs.ORDERS), "Confidential")));
            assertThat(workspace.changes().pendingCount()).isEqualTo(2);

            history.undo();
            assertThat(workspace.changes().pendingCount()).isZero();
            history.redo();
            assertThat(workspace.changes().pendingCount()).isEqualTo(2);
            assertThat(Map.of("steps", history.canUndo())).containsEntry("steps", true);
        }
    }

    @Test
    void storingThePropagatedSetAddsNewLabelsAndWithdrawsItsOwnStaleOnes() {
        try (Workspace workspace = workspace()) {
            long customers = id(workspace, TestCatalogs.CUSTOMERS);
            long staging = id(workspace, TestCatalogs.STG_CUSTOMERS);
            PropagatedSet with = new ClassificationPropagation(
                    PropagationGraph.builder().node(customers, org.steward.model.catalog.EntityType.DATASET, null)
                            .node(staging, org.steward.model.catalog.EntityType.DATASET, null)
                            .edge(customers, staging, 0).build(), PropagationRules.none())
                    .compute(List.of(new DirectLabel(customers, "Confidential", true)));

            assertThat(workspace.classifications().storePropagated(with, "steward")).containsExactly(1, 0);
            assertThat(workspace.catalog().details(staging).orElseThrow().classifications())
                    .extracting(ClassificationAssignment::classification, ClassificationAssignment::originQualifiedName)
                    .contains(org.assertj.core.groups.Tuple.tuple("Confidential", TestCatalogs.CUSTOMERS));

            assertThat(workspace.classifications().storePropagated(PropagatedSet.empty(), "steward"))
                    .as("withdraws its own, keeps the imported PII.Email on EMAIL_HASH").containsExactly(0, 1);
            assertThat(workspace.catalog().details(id(workspace, EMAIL_HASH)).orElseThrow().classifications())
                    .extracting(ClassificationAssignment::classification).containsExactly("PII.Email");
            assertThat(workspace.audit().verify().intact()).isTrue();
        }
    }

    @Test
    void aLabelWhoseValidityHasEndedPropagatesNothing() {
        try (Workspace workspace = workspace()) {
            long customers = id(workspace, TestCatalogs.CUSTOMERS);

            PropagationPreview preview = workspace.propagation().preview(List.of(new ClassificationAdded(customers,
                    "Confidential", true, Map.of(), java.time.LocalDate.of(2020, 1, 1),
                    java.time.LocalDate.of(2020, 12, 31), "old campaign")));

            assertThat(preview.diff().added()).isEmpty();
        }
    }

    @Test
    void aColumnWithoutColumnLineagePropagatesAtDatasetLevelFromItsDataset() {
        try (Workspace workspace = workspace()) {
            long orderCustomer = id(workspace, "shop.public.orders.customer_id@pg");

            PropagationPreview preview = workspace.propagation().preview(
                    List.of(new ClassificationAdded(orderCustomer, "Confidential")));

            assertThat(preview.diff().added()).extracting(label -> preview.name(label.entityId()))
                    .containsExactlyInAnyOrder(TestCatalogs.STG_CUSTOMERS, TestCatalogs.DASHBOARD);

            workspace.changes().propose(new ClassificationAdded(orderCustomer, "Confidential"), "steward");
            assertThat(workspace.propagation().pendingEffect().added()).hasSize(2);
        }
    }
}
