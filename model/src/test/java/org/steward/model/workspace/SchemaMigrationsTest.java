package org.steward.model.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SchemaMigrationsTest {

    @Test
    void theFastPathKnowsTheNewestShippedMigration() throws IOException, URISyntaxException {
        Path folder = Path.of(SchemaMigrations.class.getResource("/db/migration").toURI());
        Pattern version = Pattern.compile("V(\\d+)__.*\\.sql");
        int newest = 0;
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Matcher matcher = version.matcher(file.getFileName().toString());
                if (matcher.matches()) {
                    newest = Math.max(newest, Integer.parseInt(matcher.group(1)));
                }
            }
        }
        assertThat(SchemaMigrations.LATEST_VERSION).isEqualTo(newest);
    }
}
