package org.steward.model.classification.suggest;

import java.util.ArrayList;
import java.util.List;

/**
 * The column-name words of {@link NameDetector}, first match wins, so specific rules come before general ones.
 * Languages: en, de, fr, es, nl, pt, it; abbreviations as they appear in warehouses ({@code dob}, {@code msisdn},
 * {@code cc_num}, {@code plz}, {@code bsn}, {@code cpf}).
 */
final class NameVocabulary {

    private static final List<String> PERSON_WORDS = List.of(
            "customer", "cust", "client", "contact", "employee", "emp", "patient", "recipient", "manager", "holder",
            "member", "person", "guest", "passenger", "beneficiary", "buyer", "purchaser", "sender", "driver",
            "doctor", "physician", "user", "owner", "kunde", "kunden", "mitarbeiter", "cliente", "klant", "paziente",
            "dipendente", "empleado", "funcionario", "medewerker", "titular", "intestatario");
    private static final List<String> NAME_WORDS = List.of("name", "naam", "nom", "nome", "nombre");

    static final List<NameRule> RULES = List.of(
            NameRule.of("Financial.CardNumber", 0.9, "card number", "card no", "card num", "card pan", "cc number",
                    "cc num", "ccnum", "credit card", "debit card", "pan", "kartennummer", "kreditkarte",
                    "numero carte", "carte bancaire", "numero tarjeta", "tarjeta credito", "numero cartao",
                    "cartao credito", "numero carta", "carta credito", "kaartnummer", "creditcard"),
            NameRule.of("Financial.IBAN", 0.9, "iban"),
            NameRule.of("Financial.AccountNumber", 0.85, "account number", "account no", "acct no", "acct num",
                    "acct number", "bank account", "kontonummer", "numero compte", "numero de compte",
                    "numero cuenta", "cuenta bancaria", "rekeningnummer", "rekening nummer", "numero conta",
                    "conta bancaria", "numero conto", "conto corrente"),
            NameRule.of("PII.NationalId", 0.9, "ssn", "social security", "social security number", "national id",
                    "national insurance", "nino", "tax id", "taxpayer id", "tin", "passport", "passport number",
                    "drivers license", "driver license", "driving licence", "steuer id", "steuerid",
                    "steueridentifikationsnummer", "sozialversicherungsnummer", "personalausweis", "ausweisnummer",
                    "numero securite sociale", "nir", "insee", "dni", "nif", "bsn", "burgerservicenummer",
                    "cpf", "codice fiscale", "personnummer", "aadhaar", "nric"),
            NameRule.of("PII.DateOfBirth", 0.9, "dob", "date of birth", "birth date", "birthdate", "birthday",
                    "born", "born on", "geburtsdatum", "geburtstag", "geb datum", "date naissance",
                    "date de naissance",
                    "fecha nacimiento", "fecha de nacimiento", "geboortedatum", "data nascimento",
                    "data de nascimento", "data nascita", "data di nascita", "naissance", "nacimiento"),
            NameRule.of("PII.DateOfBirth", 0.7, "age", "age years", "edad", "leeftijd", "idade"),
            NameRule.of("PII.Email", 0.9, "email", "e mail", "mail", "email address", "mail address", "mail addr",
                    "courriel", "correo", "correo electronico", "posta elettronica", "emailadres"),
            NameRule.of("PII.Phone", 0.9, "phone", "phone number", "telephone", "tel", "tel no", "mobile", "mobile no",
                    "cell", "cellphone", "msisdn", "fax", "telefon", "telefonnummer", "handy", "handynummer",
                    "mobilnummer", "telephone portable", "portable", "telefono", "movil", "celular", "telemovel",
                    "telefoonnummer", "mobiel", "cellulare"),
            NameRule.of("PII.IPAddress", 0.9, "ip", "ip address", "ip addr", "ipaddress", "ipv4", "ipv6",
                    "client ip", "remote addr", "adresse ip", "direccion ip", "endereco ip", "indirizzo ip"),
            NameRule.of("PII.DeviceId", 0.85, "device id", "deviceid", "idfa", "gaid", "advertising id", "ad id",
                    "imei", "udid", "android id", "mac address", "geraete id", "id appareil", "id dispositivo"),
            NameRule.of("PII.PreciseLocation", 0.85, "latitude", "longitude", "geo lat", "geo lon", "geo lng", "gps",
                    "geolocation", "coordinates", "breitengrad", "laengengrad", "latitud", "longitud",
                    "breedtegraad", "lengtegraad", "latitudine", "longitudine"),
            NameRule.of("PII.PreciseLocation", 0.55, "lat", "lon", "lng", "long"),
            NameRule.of("PII.Postcode", 0.85, "zip", "zipcode", "zip code", "postcode", "post code", "postal code",
                    "postalcode", "plz", "postleitzahl", "code postal", "codigo postal",
                    "codice postale", "cep"),
            NameRule.of("PII.PostalAddress", 0.85, "address", "street", "street address", "address line",
                    "addr", "addr line", "home address", "strasse", "adresse", "anschrift", "hausnummer", "rue",
                    "direccion", "calle", "domicilio", "adres", "straat", "huisnummer", "woonplaats", "endereco",
                    "rua", "morada", "indirizzo"),
            NameRule.of("PII.PostalAddress", 0.8, "home city", "billing city", "shipping city", "delivery city",
                    "customer city", "residence city", "wohnort"),
            NameRule.of("PII.PostalAddress", 0.55, "city", "town", "ort", "stadt", "ville", "ciudad", "stad",
                    "plaats", "cidade", "citta"),
            NameRule.of("PII.Name", 0.9, names()),
            NameRule.of("PII.Name", 0.5, "name", "naam", "nom", "nome", "nombre"),
            NameRule.of("Financial.Income", 0.85, "salary", "salaries", "wage", "wages", "annual income",
                    "household income",
                    "monthly income", "personal income", "net pay",
                    "gross pay", "base pay", "annual pay", "compensation", "bonus", "payslip amount", "gehalt",
                    "lohn", "einkommen", "bruttolohn", "nettolohn", "salaire", "revenu", "salario", "sueldo",
                    "ingresos", "salaris", "loon", "inkomen", "renda", "stipendio", "retribuzione", "reddito"),
            NameRule.of("Financial.Income", 0.55, "income"),
            NameRule.of("PHI.Health", 0.85, "diagnosis", "diagnosis code", "icd", "icd10", "icd 10", "icd code",
                    "medication", "prescription", "condition code", "allergy", "allergies", "blood type",
                    "blood pressure", "lab result", "symptom", "symptoms", "treatment", "diagnose", "diagnostic",
                    "diagnostico", "diagnosi", "medicatie", "medikament", "farmaco", "medicamento"),
            NameRule.of("SpecialCategory.Religion", 0.85, "religion", "religious", "faith", "konfession",
                    "religionszugehoerigkeit", "religione", "religiao", "godsdienst", "religie"),
            NameRule.of("SpecialCategory.EthnicOrigin", 0.85, "ethnicity", "ethnic", "ethnic origin", "race",
                    "ethnie", "etnia", "etniciteit", "herkunft"),
            NameRule.of("SpecialCategory.SexualOrientation", 0.85, "sexual orientation", "orientation sexuelle",
                    "orientacion sexual", "orientamento sessuale", "seksuele orientatie"),
            NameRule.of("SpecialCategory.TradeUnion", 0.85, "trade union", "union member", "union membership",
                    "gewerkschaft", "syndicat", "sindicato", "sindacato", "vakbond"),
            NameRule.of("SpecialCategory.PoliticalOpinion", 0.85, "political", "political party", "party affiliation",
                    "politische", "partei"),
            NameRule.of("SpecialCategory.Biometric", 0.85, "fingerprint", "face template", "voiceprint", "biometric",
                    "iris scan"),
            NameRule.of("SpecialCategory.Genetic", 0.85, "genotype", "genetic", "dna", "snp"));

    private NameVocabulary() {
    }

    private static String[] names() {
        List<String> terms = new ArrayList<>(List.of("first name", "firstname", "fname", "last name", "lastname",
                "lname", "surname", "full name", "fullname", "given name", "family name", "middle name",
                "maiden name", "forename", "display name", "cardholder", "card holder", "account holder",
                "signed by", "vorname", "nachname", "familienname", "prenom", "nom de famille", "nom complet",
                "apellido", "apellidos", "nombre completo", "nombre y apellidos", "voornaam", "achternaam",
                "volledige naam", "primeiro nome", "sobrenome", "apelido", "nome completo", "cognome"));
        for (String person : PERSON_WORDS) {
            for (String name : NAME_WORDS) {
                terms.add(person + " " + name);
                terms.add(name + " " + person);
                terms.add(person + name);
            }
        }
        return terms.toArray(String[]::new);
    }
}
