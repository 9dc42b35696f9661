package no.sirkel.material;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An entry of the European List of Waste (Commission Decision 2000/532/EC as amended by 2014/955/EU).
 *
 * @param code        six digits in pairs, e.g. {@code 17 05 04}
 * @param hazardous   whether waste under this code is hazardous
 * @param entryType   absolute or mirror, hazardous or not, e.g. {@code Mirror non-hazardous}
 * @param chapter     the chapter's title
 * @param subChapter  the sub-chapter's title
 * @param description the official English description
 */
record EwcCode(@Schema(description = "The 6-digit code") String code,
               @Schema(description = "Whether the waste is hazardous (marked * in the catalogue)") boolean hazardous,
               @Schema(description = "The kind of entry: absolute or mirror (hazardous or not by its content)")
               String entryType,
               @Schema(description = "The chapter's title") String chapter,
               @Schema(description = "The sub-chapter's title") String subChapter,
               @Schema(description = "What the code covers (English)") String description) {

    /**
     * A code or the start of one in the spaced form the list uses: {@code 170504}, {@code 17 05 04} and
     * {@code 17 05 04*} all become {@code 17 05 04}, and {@code 1705} becomes {@code 17 05}.
     *
     * @return the spaced form, or null where the text is not made of up to six digits (spaces and a trailing
     *         asterisk aside)
     */
    static String spaced(String text) {
        String digits = text.replace(" ", "").replaceFirst("\\*$", "");
        if (digits.isEmpty() || digits.length() > 6 || !digits.chars().allMatch(Character::isDigit)) {
            return null;
        }
        StringBuilder spaced = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && i % 2 == 0) {
                spaced.append(' ');
            }
            spaced.append(digits.charAt(i));
        }
        return spaced.toString();
    }
}
