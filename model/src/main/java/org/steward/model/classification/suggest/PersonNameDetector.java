package org.steward.model.classification.suggest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.steward.model.classification.ColumnWords;

/**
 * Values that are person names: each word capitalised, and a given name or family name from a small embedded
 * dictionary among them. Mostly full names ("Ana Silva") suggest on their own; single words ("Ana") only support
 * what the column name says.
 */
public record PersonNameDetector(Set<String> firstNames, Set<String> lastNames) implements ValueDetector {

    public static final String RESOURCE = "/org/steward/resources/classification/person-names.txt";
    static final double FULL_NAME_CONFIDENCE = 0.75;
    static final double SINGLE_NAME_CONFIDENCE = 0.5;
    private static final double MIN_SHARE = 0.6;
    private static final Pattern NAME_WORD = Pattern.compile("^\\p{Lu}[\\p{L}'’-]*\\.?$");

    public PersonNameDetector {
        firstNames = Set.copyOf(firstNames);
        lastNames = Set.copyOf(lastNames);
    }

    /** The detector with the shipped dictionary. */
    public static PersonNameDetector standard() {
        Set<String> first = new HashSet<>();
        Set<String> last = new HashSet<>();
        try (InputStream in = PersonNameDetector.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("person names not on the classpath: " + RESOURCE);
            }
            Set<String> target = first;
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String text = line.strip();
                if (text.equals("[first]") || text.equals("[last]")) {
                    target = text.equals("[first]") ? first : last;
                } else if (!text.isEmpty() && !text.startsWith("#")) {
                    for (String name : text.split("\\s+")) {
                        target.add(ColumnWords.fold(name));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new PersonNameDetector(first, last);
    }

    @Override
    public String classification() {
        return "PII.Name";
    }

    @Override
    public Optional<Suggestion> detect(List<String> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        int full = 0;
        int single = 0;
        for (String value : values) {
            String[] words = value.split("\\s+");
            if (words.length > 4 || !allNameWords(words)) {
                continue;
            }
            if (words.length == 1) {
                single += firstNames.contains(ColumnWords.fold(words[0])) ? 1 : 0;
            } else if (known(words)) {
                full++;
            }
        }
        if (full >= MIN_SHARE * values.size()) {
            return Optional.of(new Suggestion(classification(), FULL_NAME_CONFIDENCE,
                    full + "/" + values.size() + " sample values are person names"));
        }
        if (full + single >= MIN_SHARE * values.size()) {
            return Optional.of(new Suggestion(classification(), SINGLE_NAME_CONFIDENCE,
                    (full + single) + "/" + values.size() + " sample values are given names"));
        }
        return Optional.empty();
    }

    private static boolean allNameWords(String[] words) {
        for (String word : words) {
            if (!NAME_WORD.matcher(word).matches()) {
                return false;
            }
        }
        return true;
    }

    private boolean known(String[] words) {
        for (String word : words) {
            String folded = ColumnWords.fold(word);
            if (firstNames.contains(folded) || lastNames.contains(folded)) {
                return true;
            }
        }
        return false;
    }
}
