package org.steward.connectors.importing;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.steward.model.task.ProgressMonitor;

/**
 * A JSON file read token by token with Jackson's streaming parser. Only small subtrees (one event, one entity) are
 * bound to trees, so memory stays bounded whatever the file's size. Syntax errors and structural errors found in
 * bound subtrees become {@link ImportException}s naming line, column, byte offset and JSON path; for the latter the
 * file is scanned once more to find where the offending value sits.
 */
public final class JsonDocument implements Closeable {
    private static final int PROGRESS_EVERY = 256;

    private final Path file;
    private final ProgressMonitor monitor;
    private final ObjectMapper mapper;
    private final JsonParser parser;
    private final long size;
    private long rootValues;
    private int sinceProgress;

    private JsonDocument(Path file, ProgressMonitor monitor) throws IOException {
        this.file = file;
        this.monitor = monitor;
        this.mapper = new ObjectMapper(factory());
        this.size = Files.size(file);
        this.parser = mapper.getFactory().createParser(Files.newInputStream(file));
    }

    /** Opens a file; a missing or unreadable file is reported as an {@link ImportException}. */
    public static JsonDocument open(Path file, ProgressMonitor monitor) {
        refuseArchive(file);
        try {
            return new JsonDocument(file, monitor);
        } catch (NoSuchFileException e) {
            throw new ImportException(name(file), -1, -1, -1, "", "no such file");
        } catch (IOException e) {
            throw new ImportException(name(file), -1, -1, -1, "", "cannot read: " + e.getMessage());
        }
    }

    private static JsonFactory factory() {
        return JsonFactory.builder().enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();
    }

    private static String name(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    public String fileName() {
        return name(file);
    }

    /** The next token, or {@code null} at the end of the input; syntax errors become {@link ImportException}s. */
    public JsonToken next() {
        try {
            JsonToken token = parser.nextToken();
            if (token != null && startsValue(token) && containing(parser, token).inRoot()) {
                rootValues++;
            }
            return token;
        } catch (JacksonException e) {
            throw syntaxError(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The current token, which must be {@code expected}; otherwise a structural error at the current path. */
    public void expect(JsonToken expected, String what) {
        JsonToken current = parser.currentToken();
        if (current != expected) {
            throw new ImportException(fileName(), parser.currentTokenLocation().getLineNr(),
                    parser.currentTokenLocation().getColumnNr(), parser.currentTokenLocation().getByteOffset(),
                    currentPath(), "expected " + what + ", found " + describe(current));
        }
    }

    public JsonToken currentToken() {
        return parser.currentToken();
    }

    public String currentName() {
        try {
            return parser.currentName();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON path of the current value. */
    public String currentPath() {
        JsonToken token = parser.currentToken();
        return JsonPaths.of(token != null && startsValue(token) ? containing(parser, token)
                : parser.getParsingContext());
    }

    /** Skips the current value with its children. */
    public void skipValue() {
        try {
            parser.skipChildren();
        } catch (JacksonException e) {
            throw syntaxError(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Binds the value the parser is positioned at (one event, one entity) into a tree that knows its path. */
    public JsonTree bind() {
        String path = currentPath();
        long root = rootValues;
        try {
            JsonNode node = mapper.readTree(parser);
            reportProgress();
            return new JsonTree(node, path, (at, reason) -> locate(root, at, reason));
        } catch (JacksonException e) {
            throw syntaxError(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void reportProgress() {
        if (++sinceProgress >= PROGRESS_EVERY) {
            sinceProgress = 0;
            monitor.checkCancelled();
            monitor.progress(parser.currentLocation().getByteOffset(), size, "Reading " + fileName());
        }
    }

    /** A structural error at the current token. */
    public ImportException failHere(String reason) {
        JsonLocation at = parser.currentTokenLocation();
        return new ImportException(fileName(), at.getLineNr(), at.getColumnNr(), at.getByteOffset(), currentPath(),
                reason);
    }

    private ImportException syntaxError(JacksonException e) {
        JsonLocation at = e.getLocation();
        String reason = e.getOriginalMessage();
        int cut = reason.indexOf('\n');
        reason = (cut < 0 ? reason : reason.substring(0, cut)).replaceAll("\\[Source: [^;\\]]*; ", "[");
        return new ImportException(fileName(), at == null ? -1 : at.getLineNr(), at == null ? -1 : at.getColumnNr(),
                at == null ? -1 : at.getByteOffset(), JsonPaths.of(parser.getParsingContext()),
                "invalid JSON: " + reason);
    }

    /** Scans the file again for the value at {@code path} in root value {@code root}, or its nearest ancestor. */
    private ImportException locate(long root, String path, String reason) {
        List<String> wanted = ancestry(path);
        JsonLocation best = null;
        int bestDepth = -1;
        try (JsonParser scan = mapper.getFactory().createParser(Files.newInputStream(file))) {
            long seen = 0;
            for (JsonToken token = scan.nextToken(); token != null; token = scan.nextToken()) {
                if (!startsValue(token)) {
                    continue;
                }
                JsonStreamContext context = containing(scan, token);
                if (context.inRoot() && ++seen > root) {
                    break;
                }
                if (seen == root) {
                    int depth = wanted.indexOf(JsonPaths.of(context));
                    if (depth > bestDepth) {
                        bestDepth = depth;
                        best = scan.currentTokenLocation();
                        if (depth == wanted.size() - 1) {
                            break;
                        }
                    }
                }
            }
        } catch (IOException e) {
            best = null;
        }
        return best == null ? new ImportException(fileName(), -1, -1, -1, path, reason)
                : new ImportException(fileName(), best.getLineNr(), best.getColumnNr(), best.getByteOffset(), path,
                reason);
    }

    private static List<String> ancestry(String path) {
        List<String> prefixes = new ArrayList<>();
        for (int i = 1; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '.' || c == '[') {
                prefixes.add(path.substring(0, i));
            }
        }
        prefixes.add(path);
        return prefixes;
    }

    private static boolean startsValue(JsonToken token) {
        return token != JsonToken.FIELD_NAME && token != JsonToken.END_OBJECT && token != JsonToken.END_ARRAY
                && token != JsonToken.NOT_AVAILABLE;
    }

    private static JsonStreamContext containing(JsonParser parser, JsonToken token) {
        JsonStreamContext context = parser.getParsingContext();
        return token.isStructStart() ? context.getParent() : context;
    }

    static String describe(JsonToken token) {
        if (token == null) {
            return "the end of the input";
        }
        switch (token) {
            case START_OBJECT: return "an object";
            case START_ARRAY: return "an array";
            case VALUE_STRING: return "a string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT: return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE: return "a boolean";
            case VALUE_NULL: return "null";
            default: return token.asString() == null ? token.name() : token.asString();
        }
    }

    /** The first non-blank byte of a file, or -1 for an empty file; used to tell an array from an object. */
    public static int firstNonBlank(Path file) {
        refuseArchive(file);
        try (InputStream in = Files.newInputStream(file)) {
            for (int b = in.read(); b >= 0; b = in.read()) {
                if (b == 0xEF || b == 0xBB || b == 0xBF) {
                    continue;
                }
                if (!Character.isWhitespace(b)) {
                    return b;
                }
            }
            return -1;
        } catch (IOException e) {
            throw new ImportException(name(file), -1, -1, -1, "", "cannot read: " + e.getMessage());
        }
    }

    /**
     * A ZIP archive (an Atlas export, a zipped project) or a gzip-compressed file is named as such, rather than
     * reported as a JSON syntax error at its first byte.
     */
    private static void refuseArchive(Path file) {
        byte[] head = new byte[4];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (NoSuchFileException e) {
            throw new ImportException(name(file), -1, -1, -1, "", "no such file");
        } catch (IOException e) {
            throw new ImportException(name(file), -1, -1, -1, "", "cannot read: " + e.getMessage());
        }
        if (read >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            throw new ImportException(name(file), 1, 1, 0, "", "a ZIP archive, not a JSON file: unpack it and "
                    + "import the JSON files inside");
        }
        if (read >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
            throw new ImportException(name(file), 1, 1, 0, "", "a gzip-compressed file, not a JSON file: "
                    + "decompress it (gunzip) and import the result");
        }
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
