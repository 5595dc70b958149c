package org.steward.model.classification;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A quick heuristic: does a column look like personal data, judged by its name or by its sample values? It only
 * raises a suspicion for a steward to confirm; real detectors come later.
 *
 * <p>The name is split into words (on {@code _ . - /}, spaces, camelCase and digits) and matched against words and
 * phrases in English, German, French, Spanish and Dutch. Names that describe a property of the data rather than the
 * data itself ({@code email_sent_count}, {@code ip_protocol_version}, {@code zip_file_name}, {@code email_verified})
 * are not suspected. {@code city} and a bare {@code name} are not suspected by name: too often about places or
 * things. Sample values are suspected when at least 60% of the non-blank ones look like one kind of personal data.
 */
public final class PersonalDataSuspicion {

    private static final Set<String> WORDS = Set.of(
            "email", "emailaddress", "mail", "phone", "phonenumber", "telephone", "mobile", "tel", "msisdn", "fax",
            "surname", "firstname", "lastname", "fullname", "forename", "givenname", "dob", "birthdate", "birthday",
            "ssn", "passport", "address", "street", "zip", "zipcode", "postcode", "postalcode", "iban", "imei", "ip",
            "ipaddress", "pan", "geolocation", "latitude", "longitude", "lat", "lon", "lng", "gps", "username",
            "geburtsdatum", "telefon", "telefonnummer", "handy", "vorname", "nachname", "strasse", "adresse", "plz",
            "postleitzahl", "courriel", "prenom", "naissance",
            "nombre", "apellido", "apellidos", "telefono", "direccion", "calle", "correo", "nacimiento",
            "straat", "voornaam", "achternaam", "geboortedatum", "telefoonnummer", "adres", "woonplaats");
    private static final List<List<String>> PHRASES = phrases(
            "first name", "last name", "full name", "given name", "family name", "middle name", "maiden name",
            "birth date", "date of birth", "national id", "national number", "tax id", "social security", "mail addr",
            "e mail", "ip addr", "mac address", "device id", "card number", "credit card", "card no",
            "account number", "account no", "bank account", "driver license", "drivers license", "license number",
            "customer name", "user name", "contact name", "employee name", "person name", "patient name",
            "client name", "member name", "holder name", "home address", "date naissance", "fecha nacimiento");
    private static final Set<String> PROPERTY_WORDS = Set.of(
            "count", "cnt", "sent", "opened", "clicked", "clicks", "bounced", "bounce", "flag", "is", "has", "valid",
            "validated", "verified", "protocol", "version", "type", "format", "status", "enabled", "template", "file",
            "domain", "length", "len", "pct", "ratio", "rate", "total", "opt", "optin", "consent", "provider",
            "server", "port", "subject", "body", "campaign", "range", "mask");
    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$");

    private final int latestBirthYear;

    public PersonalDataSuspicion() {
        this(Year.now().getValue() - 14);
    }

    /** @param latestBirthYear the latest year an ISO date in samples may have to count as a birth date */
    public PersonalDataSuspicion(int latestBirthYear) {
        this.latestBirthYear = latestBirthYear;
    }

    public boolean suspected(String columnName, List<String> sampleValues) {
        return reason(columnName, sampleValues).isPresent();
    }

    /** Why the column is suspected, e.g. "name matches 'email'" or "3/3 sample values are email addresses". */
    public Optional<String> reason(String columnName, List<String> sampleValues) {
        Optional<String> byName = byName(columnName == null ? "" : columnName);
        return byName.isPresent() ? byName : bySamples(sampleValues == null ? List.of() : sampleValues);
    }

    private Optional<String> byName(String columnName) {
        List<String> words = words(columnName);
        if (words.isEmpty() || words.stream().anyMatch(PROPERTY_WORDS::contains)) {
            return Optional.empty();
        }
        for (List<String> phrase : PHRASES) {
            if (containsPhrase(words, phrase)) {
                return Optional.of("name matches '" + String.join(" ", phrase) + "'");
            }
        }
        String joined = String.join("", words);
        if (WORDS.contains(joined)) {
            return Optional.of("name matches '" + joined + "'");
        }
        return words.stream().filter(WORDS::contains).findFirst().map(word -> "name matches '" + word + "'");
    }

    private Optional<String> bySamples(List<String> samples) {
        List<String> values = new ArrayList<>();
        for (String sample : samples) {
            if (sample != null && !sample.isBlank()) {
                values.add(sample.strip());
            }
        }
        if (values.isEmpty()) {
            return Optional.empty();
        }
        return firstMatch(values, "email addresses", ValueChecks::isEmail)
                .or(() -> firstMatch(values, "payment card numbers", PersonalDataSuspicion::isCardNumber))
                .or(() -> firstMatch(values, "IBANs", PersonalDataSuspicion::isIban))
                .or(() -> firstMatch(values, "US social security numbers", ValueChecks::isUsSsn))
                .or(() -> firstMatch(values, "phone numbers", PersonalDataSuspicion::isPhone))
                .or(() -> firstMatch(values, "IP addresses", PersonalDataSuspicion::isIpAddress))
                .or(() -> values.size() < 3 ? Optional.empty()
                        : firstMatch(values, "plausible birth dates", this::isBirthDate));
    }

    private static Optional<String> firstMatch(List<String> values, String kind, Predicate<String> test) {
        long matching = values.stream().filter(test).count();
        if (matching > 0 && matching * 10 >= values.size() * 6L) {
            return Optional.of(matching + "/" + values.size() + " sample values are " + kind);
        }
        return Optional.empty();
    }

    static boolean isCardNumber(String value) {
        return ValueChecks.isLuhnNumber(value);
    }

    static boolean isIban(String value) {
        return ValueChecks.isIban(value);
    }

    private static boolean isPhone(String value) {
        return ValueChecks.isPhone(value);
    }

    private static boolean isIpAddress(String value) {
        return ValueChecks.isIpAddress(value);
    }

    private boolean isBirthDate(String value) {
        var matcher = ISO_DATE.matcher(value);
        if (!matcher.matches()) {
            return false;
        }
        int year = Integer.parseInt(matcher.group(1));
        return year >= 1900 && year <= latestBirthYear;
    }

    static List<String> words(String name) {
        return ColumnWords.of(name);
    }

    private static boolean containsPhrase(List<String> words, List<String> phrase) {
        for (int start = 0; start + phrase.size() <= words.size(); start++) {
            if (words.subList(start, start + phrase.size()).equals(phrase)) {
                return true;
            }
        }
        return false;
    }

    private static List<List<String>> phrases(String... phrases) {
        List<List<String>> split = new ArrayList<>();
        for (String phrase : phrases) {
            split.add(List.of(phrase.split(" ")));
        }
        return List.copyOf(split);
    }
}
