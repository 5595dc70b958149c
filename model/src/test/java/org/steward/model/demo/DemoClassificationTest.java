package org.steward.model.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.steward.model.catalog.EntityType;
import org.steward.model.ingest.CatalogBatch;
import org.steward.model.ingest.ClassificationRecord;
import org.steward.model.ingest.EntityRecord;

class DemoClassificationTest {

    private final CatalogBatch demo = DemoFixture.defaultDemo();

    @Test
    void aboutSixtyPercentOfOperationalEmailColumnsAreLabelledDirectly() {
        List<EntityRecord> emails = personal("email",
                e -> e.source().startsWith("pg-") || e.source().startsWith("mysql-"));
        long labelled = emails.stream().filter(e -> labelled().contains(e.qualifiedName())).count();

        assertThat(emails).hasSizeGreaterThan(50);
        assertThat((double) labelled / emails.size()).isBetween(0.4, 0.8);
    }

    @Test
    void personalColumnsInTheLakeAndMarketingMartsAreLeftUnclassifiedOnPurpose() {
        List<EntityRecord> lake = personal("email", e -> e.source().startsWith("s3-"));
        List<EntityRecord> marketing = personal("email", e -> "MARTS_MARKETING".equals(e.schema()));

        assertThat(lake).isNotEmpty().noneMatch(e -> labelled().contains(e.qualifiedName()));
        assertThat(marketing).isNotEmpty().noneMatch(e -> labelled().contains(e.qualifiedName()));
    }

    @Test
    void propagatedLabelsNameADirectlyLabelledOriginWithTheSameClassification() {
        Map<String, String> direct = new HashMap<>();
        demo.classifications().stream().filter(c -> c.originQualifiedName() == null)
                .forEach(c -> direct.put(c.entityQualifiedName() + "#" + c.classification(), c.classification()));
        List<ClassificationRecord> propagated = demo.classifications().stream()
                .filter(c -> c.originQualifiedName() != null).toList();

        assertThat(propagated).hasSizeGreaterThan(100);
        assertThat(propagated).allSatisfy(c -> assertThat(direct)
                .containsKey(c.originQualifiedName() + "#" + c.classification()));
        assertThat(propagated).anyMatch(c -> c.entityQualifiedName().contains(".CORE."));
    }

    @Test
    void everyLabelUsesADefinedClassification() {
        Set<String> defined = demo.classificationDefinitions().stream().map(d -> d.name()).collect(Collectors.toSet());
        assertThat(defined).contains("PII", "PII.Email", "PII.Name", "PII.Phone", "PII.Address", "PII.DateOfBirth",
                "PII.IPAddress", "PII.DeviceId", "PII.Location", "PII.NationalId", "Financial", "Financial.CardNumber",
                "Financial.IBAN", "Financial.Income", "PHI", "PHI.Health", "Confidential", "Public");
        assertThat(demo.classifications()).allSatisfy(c -> assertThat(defined).contains(c.classification()));
    }

    private Set<String> labelled() {
        return demo.classifications().stream().map(ClassificationRecord::entityQualifiedName)
                .collect(Collectors.toSet());
    }

    private List<EntityRecord> personal(String fragment, java.util.function.Predicate<EntityRecord> where) {
        return demo.entities().stream()
                .filter(e -> e.type() == EntityType.COLUMN)
                .filter(e -> e.name().toLowerCase(Locale.ROOT).contains(fragment))
                .filter(e -> !e.name().toLowerCase(Locale.ROOT).contains("hash"))
                .filter(where)
                .toList();
    }
}
