package org.steward.model.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.steward.model.workspace.Workspace;

class UserDirectoryTest {

    @Test
    void theFirstUserBecomesAdminWithEveryRoleAndOnlyAdminsAddUsers() {
        try (Workspace workspace = Workspace.inMemory("users")) {
            UserDirectory users = workspace.users();
            assertThat(users.enrollFirst("ada").orElseThrow().roles())
                    .isEqualTo(EnumSet.complementOf(EnumSet.of(Role.VIEWER)));
            assertThat(users.enrollFirst("bob")).isEmpty();

            users.save("ada", "bob", Set.of(Role.STEWARD));
            assertThatThrownBy(() -> users.save("bob", "eve", Set.of(Role.ADMIN)))
                    .isInstanceOf(NotPermittedException.class).hasMessageContaining("admin");
            assertThat(users.list()).extracting(User::name).containsExactly("ada", "bob");
            assertThat(users.whyNot("bob", Permission.REVIEW)).get().asString().contains("reviewer");
            assertThat(users.whyNot("bob", Permission.EDIT)).isEmpty();
        }
    }

    @Test
    void theLastAdminKeepsTheAdminRole() {
        try (Workspace workspace = Workspace.inMemory("users")) {
            workspace.users().enrollFirst("ada");
            assertThatThrownBy(() -> workspace.users().save("ada", "ada", Set.of(Role.STEWARD)))
                    .isInstanceOf(NotPermittedException.class).hasMessageContaining("only admin");
            workspace.users().save("ada", "bea", Set.of(Role.ADMIN));
            assertThat(workspace.users().save("ada", "ada", Set.of(Role.STEWARD)).roles())
                    .containsExactly(Role.STEWARD);
        }
    }

    @Test
    void rolesParseAsPeopleTypeThem() {
        assertThat(Role.parse("compliance-officer")).contains(Role.COMPLIANCE_OFFICER);
        assertThat(Role.parse("Reviewer")).contains(Role.REVIEWER);
        assertThat(Role.parse("boss")).isEmpty();
    }
}
