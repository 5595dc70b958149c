package org.steward.model.classification.propagation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.steward.model.catalog.EntityType;

class ClassificationPropagationTest {
    // datasets 1 → process 10 → 2 → process 20 → 3; 2 → process 30 → 4 (a branch); columns 101 (in 1) → 201 (in 2)
    private static final String EMAIL = "PII.Email";

    private static PropagationGraph.Builder branching() {
        return PropagationGraph.builder()
                .node(1, EntityType.DATASET, null).node(2, EntityType.DATASET, null)
                .node(3, EntityType.DATASET, null).node(4, EntityType.DATASET, null)
                .node(10, EntityType.PROCESS, null).node(20, EntityType.PROCESS, null)
                .node(30, EntityType.PROCESS, null)
                .edge(1, 10, 0).edge(10, 2, 0).edge(2, 20, 0).edge(20, 3, 0).edge(2, 30, 0).edge(30, 4, 0);
    }

    private static PropagatedSet compute(PropagationGraph.Builder graph, PropagationRules rules, DirectLabel... labels) {
        return new ClassificationPropagation(graph.build(), rules).compute(List.of(labels));
    }

    private static List<Long> targets(PropagatedSet set) {
        return set.all().stream().map(PropagatedLabel::entityId).toList();
    }

    @Test
    void aLabelFlowsDownEveryBranchThroughProcessesButNotOntoThem() {
        PropagatedSet set = compute(branching(), PropagationRules.none(), new DirectLabel(1, EMAIL, true));

        assertThat(targets(set)).containsExactly(2L, 3L, 4L);
        assertThat(set.find(4, EMAIL).orElseThrow().originIds()).containsExactly(1L);
    }

    @Test
    void aLabelWithoutThePropagateFlagStaysWhereItIs() {
        assertThat(compute(branching(), PropagationRules.none(), new DirectLabel(1, EMAIL, false)).size()).isZero();
    }

    @Test
    void aBlockedEdgeStopsOnlyItsBranch() {
        PropagationRules rules = new PropagationRules(List.of(PropagationRule.edge(2, 30)));

        PropagatedSet set = compute(branching(), rules, new DirectLabel(1, EMAIL, true));

        assertThat(targets(set)).containsExactly(2L, 3L);
        assertThat(set.stops()).extracting(PropagationStop::reason).containsExactly(RuleKind.BLOCK_EDGE);
    }

    @Test
    void aBlockedProcessStopsEverythingBehindIt() {
        PropagationRules rules = new PropagationRules(List.of(PropagationRule.process(RuleKind.BLOCK_PROCESS, 10)));

        assertThat(compute(branching(), rules, new DirectLabel(1, EMAIL, true)).size()).isZero();
    }

    @Test
    void aBlockForOneClassificationLetsOthersPass() {
        PropagationRules rules = new PropagationRules(List.of(
                new PropagationRule(1, RuleKind.BLOCK_PROCESS, 10, null, EMAIL, "")));

        PropagatedSet set = compute(branching(), rules, new DirectLabel(1, EMAIL, true),
                new DirectLabel(1, "PII.Phone", true));

        assertThat(set.all()).extracting(PropagatedLabel::classification).containsOnly("PII.Phone");
    }

    @Test
    void anAnonymisingProcessStopsTheLabelAndSaysWhy() {
        PropagationRules rules = new PropagationRules(List.of(PropagationRule.process(RuleKind.ANONYMISING, 20)));

        PropagatedSet set = compute(branching(), rules, new DirectLabel(1, EMAIL, true));

        assertThat(targets(set)).containsExactly(2L, 4L);
        PropagationStop stop = set.stops().iterator().next();
        assertThat(stop.atId()).isEqualTo(20);
        assertThat(stop.toId()).isEqualTo(3);
        assertThat(stop.reason().label()).contains("anonymises");
    }

    @Test
    void anAggregatingProcessStopsTheLabelToo() {
        PropagationRules rules = new PropagationRules(List.of(PropagationRule.process(RuleKind.AGGREGATING, 30)));

        PropagatedSet set = compute(branching(), rules, new DirectLabel(1, EMAIL, true));

        assertThat(targets(set)).containsExactly(2L, 3L);
        assertThat(set.stops()).extracting(PropagationStop::reason).containsExactly(RuleKind.AGGREGATING);
    }

    @Test
    void theSameLabelFromTwoOriginsIsOneLabelWithBothOrigins() {
        PropagationGraph.Builder graph = branching().node(5, EntityType.DATASET, null).edge(5, 20, 0);

        PropagatedSet set = compute(graph, PropagationRules.none(), new DirectLabel(1, EMAIL, true),
                new DirectLabel(5, EMAIL, true));

        assertThat(set.on(3)).hasSize(1);
        assertThat(set.find(3, EMAIL).orElseThrow().originIds()).containsExactly(1L, 5L);
    }

    @Test
    void removingTheDirectLabelWithdrawsWhatItPropagated() {
        PropagatedSet before = compute(branching(), PropagationRules.none(), new DirectLabel(1, EMAIL, true),
                new DirectLabel(3, "PII.Phone", true));
        PropagatedSet after = compute(branching(), PropagationRules.none(), new DirectLabel(3, "PII.Phone", true));

        PropagationDiff diff = after.since(before);

        assertThat(diff.removed()).extracting(PropagatedLabel::entityId).containsExactly(2L, 3L, 4L);
        assertThat(diff.added()).isEmpty();
    }

    @Test
    void removingOneOfTwoOriginsKeepsTheLabelWithTheOtherOrigin() {
        PropagationGraph.Builder graph = branching().node(5, EntityType.DATASET, null).edge(5, 20, 0);
        PropagatedSet both = compute(graph, PropagationRules.none(), new DirectLabel(1, EMAIL, true),
                new DirectLabel(5, EMAIL, true));
        PropagatedSet one = compute(branching().node(5, EntityType.DATASET, null).edge(5, 20, 0),
                PropagationRules.none(), new DirectLabel(5, EMAIL, true));

        PropagationDiff diff = one.since(both);

        assertThat(diff.removed()).extracting(PropagatedLabel::entityId).containsExactly(2L, 4L);
        assertThat(diff.changedOrigins()).singleElement().satisfies(label -> {
            assertThat(label.entityId()).isEqualTo(3);
            assertThat(label.originIds()).containsExactly(5L);
        });
    }

    @Test
    void aCycleInBadInputEnds() {
        PropagationGraph.Builder graph = branching().edge(3, 40, 0).node(40, EntityType.PROCESS, null).edge(40, 1, 0);

        PropagatedSet set = compute(graph, PropagationRules.none(), new DirectLabel(2, EMAIL, true));

        assertThat(targets(set)).containsExactly(1L, 3L, 4L);
    }

    @Test
    void aDeletedEntityWithdrawsWhatItPropagated() {
        PropagatedSet before = compute(branching(), PropagationRules.none(), new DirectLabel(2, EMAIL, true));
        PropagatedSet after = compute(branching().removeNode(2), PropagationRules.none(),
                new DirectLabel(2, EMAIL, true));

        assertThat(after.size()).isZero();
        assertThat(after.since(before).removed()).extracting(PropagatedLabel::entityId).containsExactly(3L, 4L);
    }

    @Test
    void columnLabelsFollowColumnLineageWhereItExists() {
        PropagationGraph.Builder graph = branching()
                .node(101, EntityType.COLUMN, 1L).node(102, EntityType.COLUMN, 1L).node(201, EntityType.COLUMN, 2L)
                .node(202, EntityType.COLUMN, 2L).edge(101, 201, 10);

        PropagatedSet set = compute(graph, PropagationRules.none(), new DirectLabel(101, EMAIL, true));

        assertThat(set.find(201, EMAIL)).isPresent();
        assertThat(set.find(202, EMAIL)).isEmpty();
        assertThat(set.find(2, EMAIL)).as("no dataset label where column lineage exists").isEmpty();
        assertThat(set.find(3, EMAIL)).as("dataset level beyond the column lineage").isPresent();
    }

    @Test
    void aLabelAlreadyOnTheTargetIsNotDuplicatedButPropagationContinues() {
        PropagatedSet set = compute(branching(), PropagationRules.none(), new DirectLabel(1, EMAIL, true),
                new DirectLabel(2, EMAIL, false));

        assertThat(set.find(2, EMAIL)).isEmpty();
        assertThat(set.find(3, EMAIL).orElseThrow().originIds()).containsExactly(1L);
    }

    @Test
    void removingAProcessCutsTheColumnLineageItDerives() {
        PropagationGraph.Builder graph = branching()
                .node(101, EntityType.COLUMN, 1L).node(201, EntityType.COLUMN, 2L).edge(101, 201, 10).removeNode(10);

        assertThat(compute(graph, PropagationRules.none(), new DirectLabel(101, EMAIL, true)).size()).isZero();
    }
}
