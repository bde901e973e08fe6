package com.stretchkiosk.history.ui;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/** The printable summary as a PDF (OpenPDF, A4), in Liberation Sans embedded so every name and sign prints. */
final class SummaryPdf {

    private static final Color CAUTION = new Color(0x9a, 0x1c, 0x1c);
    private static final Color RULE = new Color(0xc9, 0xcf, 0xcc);

    private SummaryPdf() {
    }

    static byte[] render(SummaryDocument summary) {
        try {
            BaseFont regular = BaseFont.createFont("liberation/LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            BaseFont bold = BaseFont.createFont("liberation/LiberationSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            Font text = new Font(regular, 10);
            Font caution = new Font(bold, 10, Font.NORMAL, CAUTION);
            Font heading = new Font(bold, 13);
            Font title = new Font(bold, 18);
            Font header = new Font(bold, 9);
            Font cell = new Font(regular, 9);
            Font cautionCell = new Font(bold, 9, Font.NORMAL, CAUTION);

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(PageSize.A4, 48, 48, 48, 48);
            PdfWriter.getInstance(document, out);
            document.addTitle(summary.title());
            document.open();
            document.add(new Paragraph(summary.title(), title));
            document.add(new Paragraph(summary.subtitle(), text));
            for (SummaryDocument.Block block : summary.blocks()) {
                switch (block) {
                    case SummaryDocument.Heading h -> {
                        Paragraph p = new Paragraph(h.text(), heading);
                        p.setSpacingBefore(12);
                        p.setSpacingAfter(4);
                        document.add(p);
                    }
                    case SummaryDocument.Text t -> {
                        Paragraph p = new Paragraph(t.text(), t.caution() ? caution : text);
                        p.setSpacingAfter(2);
                        document.add(p);
                    }
                    case SummaryDocument.Table t -> {
                        PdfPTable table = new PdfPTable(t.header().size());
                        table.setWidthPercentage(100);
                        table.setHeaderRows(1);
                        for (String column : t.header()) {
                            table.addCell(cell(column, header, RULE));
                        }
                        for (int row = 0; row < t.rows().size(); row++) {
                            Font font = t.cautionRows().contains(row) ? cautionCell : cell;
                            for (String value : t.rows().get(row)) {
                                table.addCell(cell(value, font, null));
                            }
                        }
                        document.add(table);
                    }
                }
            }
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PdfPCell cell(String value, Font font, @Nullable Color background) {
        PdfPCell cell = new PdfPCell(new Phrase(value, font));
        cell.setPadding(4);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        cell.setBorderColor(RULE);
        if (background != null) {
            cell.setBackgroundColor(background);
        }
        return cell;
    }
}
