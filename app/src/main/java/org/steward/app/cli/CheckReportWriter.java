package org.steward.app.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Optional;

/** The output formats of {@code steward check}. */
enum CheckReportWriter {
    TEXT("text") {
        @Override
        void write(CheckReport report, PrintWriter out) {
            new TextCheckReport().write(report, out);
        }
    },
    JSON("json") {
        @Override
        void write(CheckReport report, PrintWriter out) {
            new JsonCheckReport().write(report, out);
        }
    },
    JUNIT("junit") {
        @Override
        void write(CheckReport report, PrintWriter out) {
            new JunitCheckReport().write(report, out);
        }
    };

    private final String id;

    CheckReportWriter(String id) {
        this.id = id;
    }

    abstract void write(CheckReport report, PrintWriter out);

    static Optional<CheckReportWriter> of(String id) {
        return Arrays.stream(values()).filter(writer -> writer.id.equals(id)).findFirst();
    }
}
