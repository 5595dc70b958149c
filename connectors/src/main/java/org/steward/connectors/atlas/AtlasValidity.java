package org.steward.connectors.atlas;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.steward.connectors.importing.JsonTree;

/**
 * The days an Atlas classification applies, from its {@code validityPeriods} ({@code TimeBoundary}: startTime and
 * endTime as {@code yyyy/MM/dd HH:mm:ss}), kept as one period from the earliest start to the latest end; a period
 * without a start or an end leaves that side open.
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
