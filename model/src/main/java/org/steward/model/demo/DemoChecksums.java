package org.steward.model.demo;

import java.math.BigInteger;

/** Check digits used by realistic fake identifiers: Luhn for card numbers, ISO 7064 mod 97-10 for IBANs. */
public final class DemoChecksums {

    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private DemoChecksums() {
    }

    /** The digit to append to {@code payload} so the whole number passes the Luhn check. */
    public static int luhnCheckDigit(String payload) {
        int sum = 0;
        boolean doubleIt = true;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int d = payload.charAt(i) - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return (10 - sum % 10) % 10;
    }

    public static boolean luhnValid(String number) {
        if (number == null || number.length() < 2 || !number.chars().allMatch(Character::isDigit)) {
            return false;
        }
        return luhnCheckDigit(number.substring(0, number.length() - 1)) == number.charAt(number.length() - 1) - '0';
    }

    /** Builds an IBAN with correct check digits from a country code and a BBAN. */
    public static String iban(String country, String bban) {
        int check = 98 - mod97(bban + country + "00");
        return country + (check < 10 ? "0" : "") + check + bban;
    }

    public static boolean ibanValid(String iban) {
        if (iban == null || iban.length() < 15 || iban.length() > 34) {
            return false;
        }
        String compact = iban.replace(" ", "");
        return mod97(compact.substring(4) + compact.substring(0, 4)) == 1;
    }

    private static int mod97(String alphanumeric) {
        StringBuilder digits = new StringBuilder(alphanumeric.length() * 2);
        for (int i = 0; i < alphanumeric.length(); i++) {
            char c = alphanumeric.charAt(i);
            if (Character.isDigit(c)) {
                digits.append(c);
            } else {
                digits.append(Character.toUpperCase(c) - 'A' + 10);
            }
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue();
    }
}
