package org.steward.model.classification;

import java.util.List;
import java.util.regex.Pattern;

/** Placeholder until the search branch lands its heuristic; replaced on merge. */
public final class PersonalDataSuspicion {
    private static final Pattern NAME = Pattern.compile("(?i).*(email|phone|birth|first_name|last_name|address|ssn|ip_address|card).*");

    public boolean suspected(String columnName, List<String> sampleValues) {
        return NAME.matcher(columnName).matches();
    }
}
