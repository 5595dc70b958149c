package org.steward.views.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Set;
import org.steward.model.change.DescriptionChange;
import org.steward.model.identity.Role;
import org.steward.model.testing.TestCatalogs;
import org.steward.model.workspace.Workspace;

/** A small workspace with a steward, a reviewer and a viewer, and a helper to tamper with it behind its back. */
public final class ReviewFixture {
    public static final String ADMIN = "ada.admin";
    public static final String STEWARD = "sam.steward";
    public static final String REVIEWER = "rhea.reviewer";
    public static final String VIEWER = "vic.viewer";

    private ReviewFixture() {
    }

    public static Workspace workspace() {
        Workspace workspace = TestWorkspaces.small();
        workspace.users().enrollFirst(ADMIN);
        workspace.users().save(ADMIN, STEWARD, Set.of(Role.STEWARD));
        workspace.users().save(ADMIN, REVIEWER, Set.of(Role.REVIEWER));
        workspace.users().save(ADMIN, VIEWER, Set.of(Role.VIEWER));
        return workspace;
    }

    public static long customers(Workspace workspace) {
        return workspace.catalog().entityByQualifiedName(TestCatalogs.CUSTOMERS).orElseThrow().id();
    }

    /** Proposes a description change of the customers table as the steward; returns its change set. */
    public static long proposeDescription(Workspace workspace, String before, String after) {
        return workspace.changes().propose(new DescriptionChange(customers(workspace), before, after), STEWARD)
                .changeSetId();
    }

    public static void tamper(Workspace workspace, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(workspace.jdbcUrl(), "sa", "")) {
            connection.createStatement().execute(sql);
        }
    }
}
