package com.stretchkiosk.history.ui;

import java.util.List;

/**
 * The printable summary of a client as plain blocks, written once in words ({@link SummaryWriter}) and rendered twice:
 * as the print page ({@link HistoryPrintView}) and as a PDF ({@link SummaryPdf}).
 */
record SummaryDocument(String title, String subtitle, List<Block> blocks) {

    sealed interface Block permits Heading, Text, Table {
    }

    record Heading(String text) implements Block {
    }

    /** A paragraph; a caution is printed in the caution colour and bold. */
    record Text(String text, boolean caution) implements Block {
    }

    /** A table with a header row; {@code cautionRows} holds the indexes of rows that are cautions. */
    record Table(List<String> header, List<List<String>> rows, List<Integer> cautionRows) implements Block {
    }
}
