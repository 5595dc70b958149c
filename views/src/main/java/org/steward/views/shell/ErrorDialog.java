package org.steward.views.shell;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.steward.model.identity.NotPermittedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one error dialog: the message up front, the stack trace and the log file under "Show details". */
public final class ErrorDialog {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorDialog.class);

    private final Window owner;
    private final Path logFile;

    public ErrorDialog(Window owner, Path logFile) {
        this.owner = owner;
        this.logFile = logFile;
    }

    public void show(Throwable error) {
        if (refusal(error)) {
            LOG.info("Refused: {}", message(error));
        } else {
            LOG.error("Shown to the user: {}", message(error), error);
        }
        build(error).show();
    }

    Alert build(Throwable error) {
        boolean refused = refusal(error);
        Alert alert = new Alert(refused ? Alert.AlertType.WARNING : Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle("Steward");
        alert.setHeaderText(refused ? "Not allowed" : rejectedInput(error)
                ? "The file was rejected; nothing in the workspace changed" : "Something went wrong");
        alert.setContentText(message(error));
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        TextArea details = new TextArea(trace.toString());
        details.setEditable(false);
        details.setPrefRowCount(14);
        details.getStyleClass().add("stack-trace");
        Label log = new Label("Log file: " + logFile.toAbsolutePath());
        log.setWrapText(true);
        VBox box = new VBox(6, log, details);
        VBox.setVgrow(details, Priority.ALWAYS);
        alert.getDialogPane().setExpandableContent(box);
        return alert;
    }

    /** A step the user's roles or the review rules forbid: a notice, not a failure. */
    static boolean refusal(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof NotPermittedException) {
                return true;
            }
        }
        return false;
    }

    /** Bad input an import refused as a whole (its transaction rolled back). */
    static boolean rejectedInput(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.steward.model.ingest.IngestException) {
                return true;
            }
        }
        return false;
    }

    static String message(Throwable error) {
        Throwable cause = error;
        while (cause.getMessage() == null && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
    }
}
