package org.steward.model.masking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.model.audit.AuditEvent;
import org.steward.model.workspace.Workspace;

class MaskingStoreTest {

    @TempDir
    Path temp;

    @Test
    void theSaltIsMadeOnceKeptAcrossOpensAndNeverAudited() {
        Path folder = temp.resolve("ws");
        String salt;
        try (Workspace workspace = Workspace.create(folder, "test")) {
            salt = workspace.masking().salt().value();
            assertThat(workspace.masking().salt().value()).isEqualTo(salt);
            assertThat(workspace.audit().latest(10)).extracting(AuditEvent::action).contains("masking.salt-created");
            assertThat(workspace.audit().latest(10)).allSatisfy(event -> assertThat(event.detail()).doesNotContain(salt));
        }
        try (Workspace reopened = Workspace.open(folder)) {
            assertThat(reopened.masking().salt().value()).isEqualTo(salt);
        }
        try (Workspace other = Workspace.create(temp.resolve("other"), "other")) {
            assertThat(other.masking().salt().value()).isNotEqualTo(salt);
        }
    }

    @Test
    void rulesAreStoredPerClassificationAndColumnAuditedAndCleared() {
        try (Workspace workspace = Workspace.inMemory("test")) {
            MaskingStore store = workspace.masking();
            store.setRule(OverrideScope.CLASSIFICATION, "PII.Email", Optional.of(new SaltedHash()), "ana");
            store.setRule(OverrideScope.COLUMN, "shop.public.customers.phone@pg", Optional.of(new PartialMask(2)),
                    "ana");

            MaskingOverrides overrides = store.overrides();
            assertThat(overrides.forClassification("PII.Email")).contains(new SaltedHash());
            assertThat(overrides.forColumn("shop.public.customers.phone@pg")).contains(new PartialMask(2));
            assertThat(workspace.audit().latest(5)).anySatisfy(event -> {
                assertThat(event.action()).isEqualTo("masking.rule-changed");
                assertThat(event.subject()).isEqualTo("PII.Email");
                assertThat(event.detail()).isEqualTo("classification rule default → salted-hash");
            });

            store.setRule(OverrideScope.CLASSIFICATION, "PII.Email", Optional.empty(), "ana");
            assertThat(store.overrides().forClassification("PII.Email")).isEmpty();
            assertThat(store.overrides().forColumn("shop.public.customers.phone@pg")).isPresent();
        }
    }

    @Test
    void settingTheSameRuleTwiceRecordsNothingNew() {
        try (Workspace workspace = Workspace.inMemory("test")) {
            workspace.masking().setRule(OverrideScope.CLASSIFICATION, "PII.Name", Optional.of(new Redact()), "ana");
            int events = workspace.audit().latest(100).size();
            workspace.masking().setRule(OverrideScope.CLASSIFICATION, "PII.Name", Optional.of(new Redact()), "ana");

            assertThat(workspace.audit().latest(100)).hasSize(events);
        }
    }

    @Test
    void aRuleNeedsATarget() {
        try (Workspace workspace = Workspace.inMemory("test")) {
            assertThatThrownBy(() -> workspace.masking().setRule(OverrideScope.COLUMN, " ",
                    Optional.of(new Redact()), "ana")).hasMessageContaining("needs the classification or column");
        }
    }
}
