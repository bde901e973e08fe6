package com.stretchkiosk.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.jspecify.annotations.Nullable;

/**
 * CSV as spreadsheets read it (RFC 4180 through Apache Commons CSV: CRLF, quotes doubled), with text quoted and
 * numbers bare, and no cell that a spreadsheet would run as a formula.
 */
public final class Csv {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.NON_NUMERIC)
            .setNullString("").get();

    private Csv() {
    }

    /** A header row and the rows under it; each value a number, a boolean, text or null (an empty cell). */
    public static String write(List<String> header, List<? extends List<?>> rows) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(header);
            for (List<?> row : rows) {
                List<@Nullable Object> cells = new ArrayList<>(row.size());
                for (Object value : row) {
                    cells.add(cell(value));
                }
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * A value as it goes into a cell: numbers as they are, booleans as true/false, text with a leading ' where it
     * would start a formula (=, +, -, @, a tab or a carriage return first).
     */
    static @Nullable Object cell(@Nullable Object value) {
        if (value == null || value instanceof Number) {
            return value;
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
