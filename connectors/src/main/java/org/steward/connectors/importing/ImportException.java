package org.steward.connectors.importing;

import java.util.Locale;
import org.steward.model.ingest.IngestException;

/**
 * A file could not be imported. Names the file, where in it (line and column, byte offset) and the JSON path of
 * the offending value: {@code events.ndjson line 1,234 col 17 at $.outputs[0].name: expected a string, found a
 * number}. Line, column and offset are -1 when unknown.
 */
public class ImportException extends IngestException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final long line;
    private final long column;
    private final long byteOffset;
    private final String jsonPath;
    private final String reason;

    public ImportException(String file, long line, long column, long byteOffset, String jsonPath, String reason) {
        super(message(file, line, column, jsonPath, reason));
        this.file = file;
        this.line = line;
        this.column = column;
        this.byteOffset = byteOffset;
        this.jsonPath = jsonPath;
        this.reason = reason;
    }

    private static String message(String file, long line, long column, String jsonPath, String reason) {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(String.format(Locale.ROOT, " line %,d", line));
            if (column > 0) {
                text.append(String.format(Locale.ROOT, " col %,d", column));
            }
        }
        if (jsonPath != null && !jsonPath.isEmpty()) {
            text.append(" at ").append(jsonPath);
        }
        return text.append(": ").append(reason).toString();
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }

    public long column() {
        return column;
    }

    public long byteOffset() {
        return byteOffset;
    }

    public String jsonPath() {
        return jsonPath;
    }

    public String reason() {
        return reason;
    }
}
