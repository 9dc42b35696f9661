package no.sirkel.company;

/**
 * Norwegian organisation numbers: nine digits, the last a mod-11 check digit over the first eight with weights
 * 3, 2, 7, 6, 5, 4, 3, 2 (check = 11 − sum mod 11; 11 becomes 0; 10 never occurs in a valid number).
 */
final class OrganisationNumber {

    private static final int[] WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

    private OrganisationNumber() {
    }

    static boolean isValid(String number) {
        if (number == null || !number.matches("[0-9]{9}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (number.charAt(i) - '0') * WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == number.charAt(8) - '0';
    }
}
