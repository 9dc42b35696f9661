package no.sirkel.indicator;

import java.util.List;

/**
 * The indicators per month for the region or one municipality, as {@code GET /api/v1/indicators} answers them.
 *
 * @param municipality   the municipality, or null for the whole region
 * @param municipalities every municipality figures can be asked for
 * @param rule           the confidentiality rule, in words, in English and Norwegian
 */
record IndicatorReport(String from, String to, String municipality, List<String> municipalities, Rule rule,
                       List<Definition> definitions, List<Month> months) {

    /**
     * What an indicator means.
     *
     * @param better HIGHER or LOWER where a change can be for the worse, NONE where its size only follows the volume
     */
    record Definition(String key, String unit, String better, String en, String no) {

        static Definition of(Indicator indicator) {
            return new Definition(indicator.key(), indicator.unit(), indicator.better().name(),
                    indicator.definitionEn(), indicator.definitionNo());
        }
    }

    /** The confidentiality rule in words. */
    record Rule(String en, String no) {
    }

    record Month(String month, List<Figure> figures) {
    }

    /**
     * One indicator in one month.
     *
     * @param value             the month's value; null where suppressed or undefined (a rate over nothing)
     * @param suppressed        true where fewer than three companies make the figure up
     * @param note              why the value is missing, or null
     * @param sameMonthLastYear this month against the same month a year before
     * @param twelveMonths      the twelve months ending with this one against the twelve months a year before
     * @param target            the region's target for the month's year, or null where none is set
     */
    record Figure(String indicator, Double value, boolean suppressed, String note, Comparison sameMonthLastYear,
                  Comparison twelveMonths, Target target) {
    }

    /**
     * A figure against the one a year before.
     *
     * @param value         the figure (null where suppressed or undefined)
     * @param before        the figure a year before (null where suppressed or undefined)
     * @param change        value − before, in the indicator's unit
     * @param changePercent the change as a percentage of {@code before}, null where before is 0 or missing
     * @param worse         true where the change is for the worse, false where not, null where it carries no
     *                      judgement or cannot be told
     * @param suppressed    true where either figure is suppressed
     */
    record Comparison(Double value, Double before, Double change, Double changePercent, Boolean worse,
                      boolean suppressed) {
    }

    /**
     * @param value    the target for the year
     * @param distance the twelve months' value less the target (negative: below it)
     * @param met      whether the twelve months' value meets it
     */
    record Target(int year, double value, Double distance, Boolean met) {
    }
}
