package org.steward.model.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import org.junit.jupiter.api.Test;
import org.steward.model.classification.Taxonomy;

class RetentionResolverTest {
    private final RetentionResolver resolver = new PolicyEngine(Taxonomy.standard(), RuleBook.standard()).retention();

    @Test
    void declaredDaysWinAndTheMaximumComesFromTheStrictestLabel() {
        Facts facts = new Facts();
        EntityFacts sessions = facts.dataset("sessions").attribute("retention_days", "200")
                .column("ip", "PII.IPAddress").column("email", "PII.Email").facts();

        RetentionVerdict verdict = resolver.verdict(sessions);

        assertThat(verdict.declared()).contains(Period.ofDays(200));
        assertThat(verdict.declaredFrom()).isEqualTo("declared in attribute retention_days = 200");
        assertThat(verdict.maximum()).contains(Period.ofYears(1));
        assertThat(verdict.maximumFrom()).contains("PII.IPAddress");
        assertThat(verdict.effective()).contains(Period.ofDays(200));
        assertThat(verdict.exceedsMaximum()).isFalse();
        assertThat(verdict.stage().stage()).isEqualTo("processed");
    }

    @Test
    void withoutDeclarationTheMaximumIsTheEffectiveDeadline() {
        Facts facts = new Facts();
        EntityFacts raw = facts.dataset("customers").in("s3-lake-eu", "raw", "crm").column("email", "PII.Email")
                .facts();

        RetentionVerdict verdict = resolver.verdict(raw);

        assertThat(verdict.declared()).isEmpty();
        assertThat(verdict.stage().stage()).isEqualTo("raw");
        assertThat(verdict.effective()).contains(Period.ofDays(90));
        assertThat(verdict.effectiveFrom()).contains("raw landing stage");
    }

    @Test
    void aStageAttributeNamesTheStageOutright() {
        Facts facts = new Facts();
        EntityFacts scores = facts.dataset("churn_scores").attribute("stage", "model-output")
                .attribute("retention", "P3Y").column("email", "PII.Email").facts();

        RetentionVerdict verdict = resolver.verdict(scores);

        assertThat(verdict.stage().title()).isEqualTo("Model outputs");
        assertThat(verdict.maximum()).contains(Period.ofYears(2));
        assertThat(verdict.exceedsMaximum()).isTrue();
        assertThat(verdict.summary()).contains("3 years").contains("longer than the maximum of 2 years");
    }

    @Test
    void unlabelledDataHasNoRetentionPeriodAndAnUnreadableDeclarationIsIgnored() {
        Facts facts = new Facts();
        EntityFacts plain = facts.dataset("products").attribute("retention", "forever").column("sku").facts();

        RetentionVerdict verdict = resolver.verdict(plain);

        assertThat(verdict.effective()).isEmpty();
        assertThat(verdict.holdsPersonalData()).isFalse();
        assertThat(verdict.summary()).startsWith("No retention period");
    }

    @Test
    void periodsCompareAndReadAsWords() {
        assertThat(Periods.parse("400", true)).contains(Period.ofDays(400));
        assertThat(Periods.parse("400", false)).isEmpty();
        assertThat(Periods.parse("p13m", false)).contains(Period.ofMonths(13));
        assertThat(Periods.parse("-P1D", false)).isEmpty();
        assertThat(Periods.longer(Period.ofDays(400), Period.ofYears(1))).isTrue();
        assertThat(Periods.describe(Period.of(1, 6, 0))).isEqualTo("1 year 6 months");
    }
}
