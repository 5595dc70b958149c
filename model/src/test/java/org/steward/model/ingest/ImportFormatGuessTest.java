package org.steward.model.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportFormatGuessTest {

    @TempDir
    Path temp;

    @Test
    void recognisesEachFormatByItsKeys() throws Exception {
        assertThat(ImportFormatGuess.of(file("events.ndjson", "{\"eventType\":\"COMPLETE\",\"eventTime\":\"2026-01-01"
                + "T00:00:00Z\",\"run\":{},\"job\":{}}\n"))).contains("openlineage");
        assertThat(ImportFormatGuess.of(file("lineage.json", "{\"baseEntityGuid\":\"g\",\"guidEntityMap\":{}}")))
                .contains("atlas");
        assertThat(ImportFormatGuess.of(file("entities.json", "{\"entities\":[{\"typeName\":\"hive_table\"}]}")))
                .contains("atlas");
        assertThat(ImportFormatGuess.of(file("manifest.json", "{\"metadata\":{\"dbt_schema_version\":\"https://"
                + "schemas.getdbt.com/dbt/manifest/v12.json\"},\"nodes\":{}}"))).contains("dbt");
    }

    @Test
    void recognisesOpenLineageEventsWrittenWithoutTimeOrProducer() throws Exception {
        assertThat(ImportFormatGuess.of(file("expected.json", "{\n \"eventType\": \"COMPLETE\",\n \"run\": {},\n"
                + " \"job\": {\"namespace\": \"default\", \"name\": \"ctas\"},\n \"inputs\": []}"))).contains("openlineage");
        assertThat(ImportFormatGuess.of(file("dataset-event.json", "{\"dataset\":{\"namespace\":\"n\",\"name\":\"d\"},"
                + "\"producer\":\"https://example.com\"}"))).contains("openlineage");
    }

    @Test
    void saysNothingWhenUnsureOrUnreadable() throws Exception {
        assertThat(ImportFormatGuess.of(file("notes.json", "{\"hello\":\"world\"}"))).isEmpty();
        assertThat(ImportFormatGuess.of(temp.resolve("missing.json"))).isEmpty();
    }

    private Path file(String name, String content) throws Exception {
        return Files.writeString(temp.resolve(name), content);
    }
}
