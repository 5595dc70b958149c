package org.steward.model.masking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.steward.model.catalog.ClassificationAssignment;
import org.steward.model.catalog.ColumnInfo;
import org.steward.model.catalog.Entity;
import org.steward.model.catalog.EntityType;
import org.steward.model.classification.ClassificationDef;
import org.steward.model.classification.MaskingRule;
import org.steward.model.classification.Taxonomy;

class MaskingPlannerTest {
    private final Taxonomy taxonomy = Taxonomy.standard();

    @Test
    void theTaxonomyDefaultAppliesToALabelledColumn() {
        ColumnMasking email = plan(MaskingOverrides.NONE).column(column("email", "varchar", "PII.Email"));

        assertThat(email.function()).contains(new FormatPreservingToken(true));
        assertThat(email.source()).isEqualTo(RuleSource.TAXONOMY);
        assertThat(email.decidedBy()).contains("PII.Email");
    }

    @Test
    void anUnlabelledColumnPassesUnmasked() {
        ColumnMasking id = plan(MaskingOverrides.NONE).column(column("id", "bigint"));

        assertThat(id.masked()).isFalse();
        assertThat(id.source()).isEqualTo(RuleSource.UNCLASSIFIED);
        assertThat(id.maskedSamples(new MaskingSalt("s"))).containsExactly("sample");
    }

    @Test
    void theStrictestOfSeveralLabelsWins() {
        ColumnMasking mixed = plan(MaskingOverrides.NONE).column(column("contact", "varchar", "PII.Phone",
                "SpecialCategory.Health", "PII.Email"));

        assertThat(mixed.function()).contains(new Redact());
        assertThat(mixed.decidedBy()).contains("SpecialCategory.Health");
    }

    @Test
    void aClassificationRuleOverridesTheDefaultAndAColumnRuleOverridesBoth() {
        MaskingOverrides overrides = new MaskingOverrides(Map.of("PII.Email", new SaltedHash()),
                Map.of("t.email2", new PartialMask(6)));
        MaskingPlanner planner = plan(overrides);

        assertThat(planner.column(column("email", "varchar", "PII.Email")).function()).contains(new SaltedHash());
        assertThat(planner.column(column("email", "varchar", "PII.Email")).source())
                .isEqualTo(RuleSource.CLASSIFICATION);
        ColumnMasking own = planner.column(column("email2", "varchar", "PII.Email"));
        assertThat(own.function()).contains(new PartialMask(6));
        assertThat(own.source()).isEqualTo(RuleSource.COLUMN);
    }

    @Test
    void anAliasFindsItsClassificationsRule() {
        MaskingOverrides overrides = new MaskingOverrides(Map.of("PII.PostalAddress", new Redact()), Map.of());

        assertThat(plan(overrides).column(column("street", "varchar", "PII.Address")).function())
                .contains(new Redact());
    }

    @Test
    void aYearRuleOnANumberColumnBandsAges() {
        assertThat(plan(MaskingOverrides.NONE).column(column("age", "int", "PII.DateOfBirth")).function())
                .contains(new Generalisation(Granularity.AGE_BAND));
    }

    @Test
    void aClassificationWithoutItsOwnRuleTakesItsParentsAndAnUnknownOneIsRedacted() {
        Taxonomy custom = Taxonomy.of(List.of(
                new ClassificationDef("PII", "", "", 3, List.of(), Optional.of(MaskingRule.PARTIAL_LAST_4),
                        Optional.empty(), List.of()),
                new ClassificationDef("PII.Loyalty", "PII", "", 3, List.of(), Optional.empty(), Optional.empty(),
                        List.of())));
        MaskingPlanner planner = new MaskingPlanner(custom, MaskingOverrides.NONE);

        assertThat(planner.column(column("loyalty", "varchar", "PII.Loyalty")).function())
                .contains(new PartialMask(4));
        ColumnMasking unknown = planner.column(column("x", "varchar", "Acme.Secret"));
        assertThat(unknown.function()).contains(new Redact());
        assertThat(unknown.source()).isEqualTo(RuleSource.UNKNOWN_CLASSIFICATION);
    }

    private MaskingPlanner plan(MaskingOverrides overrides) {
        return new MaskingPlanner(taxonomy, overrides);
    }

    private static ColumnInfo column(String name, String type, String... labels) {
        Entity column = new Entity(1, EntityType.COLUMN, "", "t." + name, name, "src", "db", "s", 1L, "", "", type);
        return new ColumnInfo(column, 1, List.of("sample"), Arrays.stream(labels)
                .map(label -> new ClassificationAssignment(label, null, true, "test")).toList(), false);
    }
}
