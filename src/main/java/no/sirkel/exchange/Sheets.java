package no.sirkel.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.MediaType;
import no.sirkel.web.ApiException;

/**
 * Tables as CSV (RFC 4180, UTF-8 with a byte order mark so that Excel reads æ, ø and å; read with comma or semicolon
 * delimiters, as Norwegian Excel writes them) and as XLSX (the first sheet).
 */
final class Sheets {

    static final MediaType CSV = MediaType.parseMediaType("text/csv");
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final String BOM = "\uFEFF";

    private Sheets() {
    }

    /** A sheet to write: its name, headings, and rows of String, Number, LocalDate, Instant, UUID or null. */
    record Written(String name, List<String> headings, List<List<Object>> rows) {
    }

    static byte[] csv(Written sheet) {
        StringBuilder csv = new StringBuilder(BOM);
        line(csv, new ArrayList<>(sheet.headings()));
        for (List<Object> row : sheet.rows()) {
            line(csv, row);
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder csv, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            String text = text(cells.get(i));
            boolean quote = text.contains(",") || text.contains(";") || text.contains("\"") || text.contains("\n")
                    || text.contains("\r");
            csv.append(quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text);
        }
        csv.append("\r\n");
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double number) {
            return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }

    /** XLSX of the sheets, the first the data: headings bold, numbers and dates as such. */
    static byte[] xlsx(List<Written> sheets) {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            for (Written written : sheets) {
                Sheet sheet = workbook.createSheet(written.name());
                var heading = sheet.createRow(0);
                for (int i = 0; i < written.headings().size(); i++) {
                    Cell cell = heading.createCell(i);
                    cell.setCellValue(written.headings().get(i));
                    cell.setCellStyle(bold);
                }
                for (int r = 0; r < written.rows().size(); r++) {
                    var row = sheet.createRow(r + 1);
                    List<Object> values = written.rows().get(r);
                    for (int i = 0; i < values.size(); i++) {
                        Object value = values.get(i);
                        if (value == null) {
                            continue;
                        }
                        Cell cell = row.createCell(i);
                        if (value instanceof Number number) {
                            cell.setCellValue(number.doubleValue());
                        } else if (value instanceof LocalDate day) {
                            cell.setCellValue(day);
                            cell.setCellStyle(date);
                        } else {
                            cell.setCellValue(value.toString());
                        }
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Table readCsv(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith(BOM)) {
            text = text.substring(1);
        }
        int firstLineEnd = text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n');
        String firstLine = text.substring(0, firstLineEnd);
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        List<List<String>> records = records(text, delimiter);
        if (records.isEmpty()) {
            throw ApiException.invalid("file", "field.import.empty");
        }
        List<Table.Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            rows.add(new Table.Row(i + 1, records.get(i)));
        }
        return new Table(records.get(0).stream().map(String::trim).toList(), rows);
    }

    private static long count(String text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }

    private static List<List<String>> records(String text, char delimiter) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == delimiter) {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (!cell.isEmpty() || !record.isEmpty()) {
            record.add(cell.toString());
            records.add(record);
        }
        return records;
    }

    /** The first sheet; numbers as plain decimals, date cells as yyyy-mm-dd, formulas by their cached values. */
    static Table readXlsx(byte[] bytes) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> headings = new ArrayList<>();
            List<Table.Row> rows = new ArrayList<>();
            for (var row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
                    cells.add(text(row.getCell(i)));
                }
                if (headings.isEmpty() && rows.isEmpty() && row.getRowNum() == sheet.getFirstRowNum()) {
                    headings.addAll(cells.stream().map(String::trim).toList());
                } else {
                    rows.add(new Table.Row(row.getRowNum() + 1, cells));
                }
            }
            if (headings.isEmpty()) {
                throw ApiException.invalid("file", "field.import.empty");
            }
            return new Table(headings, rows);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ApiException api) {
                throw api;
            }
            throw ApiException.badRequest("file", "field.import.notXlsx");
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            default -> "";
        };
    }

    /** Text of an exported value: instants as ISO-8601 UTC. */
    static Object cell(Object value) {
        return value instanceof Instant instant ? instant.toString() : value;
    }
}
