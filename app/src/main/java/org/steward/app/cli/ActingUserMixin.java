package org.steward.app.cli;

import picocli.CommandLine.Option;

/** {@code --as USER}: who is acting, recorded in the audit log; the operating-system user by default. */
public final class ActingUserMixin {

    @Option(names = "--as", paramLabel = "USER",
            description = "Act as this workspace user (default: the operating-system user).")
    String user;

    String name() {
        return user != null ? user : System.getProperty("user.name", "steward");
    }
}
