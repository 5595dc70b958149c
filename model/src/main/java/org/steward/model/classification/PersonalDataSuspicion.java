package org.steward.model.classification;

import java.text.Normalizer;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    private static final Pattern EMAIL = Pattern.compile("^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$");
    private static final Pattern E164 = Pattern.compile("^\\+[1-9]\\d{7,14}$");
    private static final Pattern US_PHONE = Pattern.compile("^(\\+?1[-. ]?)?\\(?\\d{3}\\)?[-. ]\\d{3}[-. ]\\d{4}$");
    private static final Pattern CARD = Pattern.compile("^\\d(?:[ -]?\\d){12,18}$");
    private static final Pattern IBAN = Pattern.compile("^[A-Z]{2}\\d{2}[A-Z0-9]{11,30}$");
    private static final Pattern SSN = Pattern.compile("^(?!000|666|9\\d\\d)\\d{3}-(?!00)\\d{2}-(?!0000)\\d{4}$");
    private static final Pattern IPV4 = Pattern.compile(
            "^((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)$");
    private static final Pattern IPV6 = Pattern.compile("^[0-9A-Fa-f]{0,4}(:[0-9A-Fa-f]{0,4}){2,7}$");
    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$");
    private static final Pattern WORD_BREAK = Pattern.compile(
            "[^\\p{L}\\p{N}]+|(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})");

    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");

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
        return firstMatch(values, "email addresses", v -> EMAIL.matcher(v).matches())
                .or(() -> firstMatch(values, "payment card numbers", PersonalDataSuspicion::isCardNumber))
                .or(() -> firstMatch(values, "IBANs", PersonalDataSuspicion::isIban))
                .or(() -> firstMatch(values, "US social security numbers", v -> SSN.matcher(v).matches()))
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
        if (!CARD.matcher(value).matches()) {
            return false;
        }
        String digits = value.replaceAll("[ -]", "");
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        return sum % 10 == 0 && digits.chars().distinct().count() > 1;
    }

    static boolean isIban(String value) {
        String compact = value.replace(" ", "").toUpperCase(Locale.ROOT);
        if (!IBAN.matcher(compact).matches()) {
            return false;
        }
        String rearranged = compact.substring(4) + compact.substring(0, 4);
        int remainder = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            int code = Character.digit(rearranged.charAt(i), 36);
            remainder = (code > 9 ? remainder * 100 + code : remainder * 10 + code) % 97;
        }
        return remainder == 1;
    }

    private static boolean isPhone(String value) {
        return E164.matcher(value.replaceAll("[ ().-]", "")).matches() && value.startsWith("+")
                || US_PHONE.matcher(value).matches();
    }

    private static boolean isIpAddress(String value) {
        if (IPV4.matcher(value).matches()) {
            return true;
        }
        return IPV6.matcher(value).matches() && value.indexOf("::") == value.lastIndexOf("::")
                && (value.contains("::") || value.chars().filter(c -> c == ':').count() == 7)
                && value.chars().anyMatch(Character::isLetterOrDigit);
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
        List<String> words = new ArrayList<>();
        for (String word : WORD_BREAK.split(name)) {
            if (!word.isEmpty()) {
                String folded = Normalizer.normalize(word.replace("ß", "ss"), Normalizer.Form.NFD);
                words.add(DIACRITICS.matcher(folded).replaceAll("").toLowerCase(Locale.ROOT));
            }
        }
        return words;
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
