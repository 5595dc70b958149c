package org.steward.model.demo;

import java.util.Set;
import org.steward.model.identity.Role;
import org.steward.model.identity.UserDirectory;

/** The demo's people, so the review walk-through works: you as admin and steward, a reviewer, a compliance officer. */
public final class DemoUsers {
    public static final String REVIEWER = "rhea.reviewer";
    public static final String COMPLIANCE_OFFICER = "carl.compliance";
    public static final String VIEWER = "vera.viewer";

    private DemoUsers() {
    }

    public static void enroll(UserDirectory users, String you) {
        users.enrollFirst(you);
        users.save(you, REVIEWER, Set.of(Role.REVIEWER));
        users.save(you, COMPLIANCE_OFFICER, Set.of(Role.COMPLIANCE_OFFICER));
        users.save(you, VIEWER, Set.of(Role.VIEWER));
    }
}
