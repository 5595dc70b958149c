package org.steward.connectors.atlas;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.steward.connectors.importing.JsonTree;

/**
 * The days an Atlas classification applies, from its {@code validityPeriods} ({@code TimeBoundary}: startTime and
 * endTime as {@code yyyy/MM/dd HH:mm:ss}), kept as one period from the earliest start to the latest end; a period
 * without a start or an end leaves that side open. Also reads the classification's attribute values as text.
 */
record AtlasValidity(LocalDate from, LocalDate to) {
    private static final AtlasValidity OPEN = new AtlasValidity(null, null);

    static AtlasValidity of(List<JsonTree> periods) {
        if (periods.isEmpty()) {
            return OPEN;
        }
        LocalDate from = null;
        LocalDate to = null;
        boolean openStart = false;
        boolean openEnd = false;
        for (JsonTree period : periods) {
            LocalDate start = day(period.text("startTime").orElse(""));
            LocalDate end = day(period.text("endTime").orElse(""));
            openStart |= start == null;
            openEnd |= end == null;
            from = start == null || from != null && from.isBefore(start) ? from : start;
            to = end == null || to != null && to.isAfter(end) ? to : end;
        }
        return new AtlasValidity(openStart ? null : from, openEnd ? null : to);
    }

    /** Attribute values as text: strings as they are, anything else as its JSON; nulls left out. */
    static Map<String, String> attributes(JsonTree attributes) {
        Map<String, String> values = new LinkedHashMap<>();
        if (attributes.isPresent() && attributes.node().isObject()) {
            attributes.node().fields().forEachRemaining(field -> {
                JsonNode value = field.getValue();
                if (!value.isNull()) {
                    values.put(field.getKey(), value.isTextual() ? value.asText() : value.toString());
                }
            });
        }
        return values;
    }

    private static LocalDate day(String time) {
        if (time.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(time.substring(0, 10).replace('/', '-'));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
