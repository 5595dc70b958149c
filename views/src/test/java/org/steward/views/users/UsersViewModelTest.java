package org.steward.views.users;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.steward.model.identity.Role;
import org.steward.model.identity.User;
import org.steward.model.workspace.Workspace;
import org.steward.views.task.SameThreadTaskExecutor;
import org.steward.views.testing.ReviewFixture;

class UsersViewModelTest {

    @Test
    void anAdminAddsAUserWithRoles() {
        try (Workspace workspace = ReviewFixture.workspace()) {
            UsersViewModel model = new UsersViewModel(workspace.users(), ReviewFixture.ADMIN,
                    new SameThreadTaskExecutor());
            model.load();
            assertThat(model.canManageProperty().get()).isTrue();
            model.nameProperty().set("carl.compliance");
            model.roles().add(Role.COMPLIANCE_OFFICER);
            model.save();

            assertThat(model.messageProperty().get()).contains("Saved carl.compliance");
            assertThat(model.users()).extracting(User::name).contains("carl.compliance");
            assertThat(workspace.users().find("carl.compliance").orElseThrow().roles())
                    .containsExactly(Role.COMPLIANCE_OFFICER);
        }
    }

    @Test
    void someoneElseSeesWhyTheyCannotManageUsers() {
        try (Workspace workspace = ReviewFixture.workspace()) {
            UsersViewModel model = new UsersViewModel(workspace.users(), ReviewFixture.STEWARD,
                    new SameThreadTaskExecutor());
            model.load();
            assertThat(model.canManageProperty().get()).isFalse();
            assertThat(model.whyNotProperty().get()).contains("admin");
            model.nameProperty().set("eve");
            model.roles().add(Role.ADMIN);
            model.save();
            assertThat(model.messageProperty().get()).contains("may not add users");
            assertThat(workspace.users().find("eve")).isEmpty();
        }
    }
}
