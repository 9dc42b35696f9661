package no.sirkel.massreport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes a mass report as an A4 landscape PDF: the site, a table of every mass with page breaks as needed, the totals
 * and what the figures mean. Text is in Helvetica (WinAnsi: Norwegian letters included); a character the font lacks
 * is written as {@code ?}.
 */
final class MassReportPdf {

    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 36;
    private static final float LINE = 13;
    private static final float FONT_SIZE = 8;
    /** Column widths in points: direction, material, EWC, class, planned, agreed, delivered, counterpart, km,
     * trips, CO2, landfill. */
    private static final float[] WIDTHS = {40, 110, 55, 35, 60, 60, 60, 155, 40, 60, 55, 55};

    private final ReportLanguage language;
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private PDDocument document;
    private PDPageContentStream page;
    private float y;

    private MassReportPdf(ReportLanguage language) {
        this.language = language;
    }

    static byte[] write(MassReport report, ReportLanguage language) {
        return new MassReportPdf(language).render(report);
    }

    private byte[] render(MassReport report) {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document = pdf;
            newPage();
            text(bold, 16, MARGIN, language.title + ": " + report.site());
            y -= 2 * LINE;
            text(regular, 10, MARGIN, language.municipality + ": " + (report.municipality() == null ? "–"
                    : report.municipality()) + "     " + language.madeOn + ": " + report.made());
            y -= 2 * LINE;
            row(bold, header());
            for (MassReport.Row row : report.rows()) {
                row(regular, cells(row));
            }
            y -= LINE;
            totals(report.totals());
            y -= LINE;
            text(regular, FONT_SIZE, MARGIN, language.definitions);
            page.close();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the mass report could not be written", e);
        }
    }

    private List<String> header() {
        return List.of(language.direction, language.material, language.ewcCode, language.contaminationClass,
                language.planned, language.agreed, language.delivered, language.counterpart, language.km,
                language.truckTrips, language.co2, language.landfill);
    }

    private List<String> cells(MassReport.Row row) {
        List<String> cells = new ArrayList<>();
        cells.add(language.direction(row.direction()));
        cells.add(language.material(row));
        cells.add(row.ewcCode() == null ? "–" : row.ewcCode());
        cells.add(row.contaminationClass() == null ? "–" : row.contaminationClass().toString());
        cells.add(row.plannedTonnes() == null ? "" : language.number(row.plannedTonnes()));
        cells.add(row.agreedTonnes() == null ? "" : language.number(row.agreedTonnes()));
        cells.add(language.number(row.deliveredTonnes()));
        cells.add(language.counterpart(row));
        cells.add(row.km() == null ? "–" : language.number(row.km()));
        cells.add(Integer.toString(row.truckTrips()));
        cells.add(language.number(row.co2Kg()));
        cells.add(language.number(row.landfillTonnes()));
        return cells;
    }

    private void totals(MassReport.Totals totals) throws IOException {
        text(bold, 11, MARGIN, language.totals);
        y -= LINE + 2;
        line(language.planned + ": " + language.number(totals.plannedOutTonnes()) + " " + language.outOfSite
                + ", " + language.number(totals.plannedInTonnes()) + " " + language.intoSite);
        line(language.agreed + ": " + language.number(totals.agreedOutTonnes()) + " " + language.outOfSite
                + ", " + language.number(totals.agreedInTonnes()) + " " + language.intoSite);
        line(language.delivered + ": " + language.number(totals.deliveredOutTonnes()) + " " + language.outOfSite
                + ", " + language.number(totals.deliveredInTonnes()) + " " + language.intoSite);
        line(language.reused + ": " + language.number(totals.reusedTonnes()));
        line(language.landfill + ": " + language.number(totals.landfillTonnes()));
        line(language.truckTrips + ": " + totals.truckTrips() + "     " + language.co2 + ": "
                + language.number(totals.co2Kg()));
        line(language.reuseRate + ": " + (totals.reuseRate() == null ? "–"
                : language.number(totals.reuseRate()) + " %"));
    }

    private void line(String text) throws IOException {
        breakPageIfFull();
        text(regular, 10, MARGIN, text);
        y -= LINE;
    }

    private void row(PDType1Font font, List<String> cells) throws IOException {
        breakPageIfFull();
        float x = MARGIN;
        for (int i = 0; i < cells.size(); i++) {
            text(font, FONT_SIZE, x, fit(font, cells.get(i), WIDTHS[i] - 4));
            x += WIDTHS[i];
        }
        y -= LINE;
    }

    private void breakPageIfFull() throws IOException {
        if (y < MARGIN + LINE) {
            page.close();
            newPage();
        }
    }

    private void newPage() throws IOException {
        PDPage next = new PDPage(PAGE);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        y = PAGE.getHeight() - MARGIN - LINE;
    }

    private void text(PDType1Font font, float size, float x, String text) throws IOException {
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(x, y);
        page.showText(encodable(font, text));
        page.endText();
    }

    /** The text cut with an ellipsis to fit the width at the table's font size. */
    private static String fit(PDType1Font font, String text, float width) throws IOException {
        String shown = encodable(font, text);
        if (font.getStringWidth(shown) / 1000 * FONT_SIZE <= width) {
            return shown;
        }
        while (!shown.isEmpty() && font.getStringWidth(shown + "...") / 1000 * FONT_SIZE > width) {
            shown = shown.substring(0, shown.length() - 1);
        }
        return shown + "...";
    }

    private static String encodable(PDType1Font font, String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            String character = new String(Character.toChars(c));
            try {
                font.encode(character);
                out.append(character);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
