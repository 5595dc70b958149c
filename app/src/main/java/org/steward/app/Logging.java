package org.steward.app;

/** Points Logback's file appender at the user's log folder; must run before the first logger is made. */
final class Logging {

    private Logging() {
    }

    static void configure(AppDirectories directories) {
        if (System.getProperty("steward.logdir") == null) {
            System.setProperty("steward.logdir", directories.logs().toString());
        }
    }
}
