package org.steward.app.gui;

import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import org.steward.views.shell.StewardWindow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs how long after JVM start the window became interactive: shown, with catalog results in its table. With
 * {@code -Dsteward.exitWhenReady=true} it then exits, which is how {@code steward bench startup} measures it.
 */
final class StartupProbe {
    static final String EXIT_WHEN_READY = "steward.exitWhenReady";
    static final String READY_LINE = "steward-ready-ms=";
    private static final Logger LOG = LoggerFactory.getLogger(StartupProbe.class);

    private StartupProbe() {
    }

    static void attach(StewardWindow window) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                Node table = window.scene().lookup("#results-table");
                if (table instanceof TableView<?> results && !results.getItems().isEmpty()) {
                    stop();
                    long millis = System.currentTimeMillis() - jvmStart;
                    LOG.info("Main window interactive {} ms after JVM start", millis);
                    if (Boolean.getBoolean(EXIT_WHEN_READY)) {
                        reportAndExit(millis);
                    }
                }
            }
        }.start();
    }

    @SuppressWarnings("java:S106")
    private static void reportAndExit(long millis) {
        java.io.PrintWriter out = new java.io.PrintWriter(new java.io.FileOutputStream(java.io.FileDescriptor.out),
                true);
        out.println(READY_LINE + millis);
        Platform.exit();
    }
}
