package io.github.bbbjakarta.cli;

import java.io.PrintWriter;
import java.util.List;

/** Prints rows as a table: each column padded to its widest value (in code points), two blanks between. */
final class Table {
    private Table() {
    }

    /** Prints {@code rows} (the first is the header); every row has the header's number of cells. */
    static void print(List<List<String>> rows, PrintWriter out) {
        int[] widths = new int[rows.get(0).size()];
        for (List<String> row : rows) {
            for (int c = 0; c < widths.length; c++) {
                widths[c] = Math.max(widths[c], width(row.get(c)));
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < widths.length; c++) {
                String cell = row.get(c);
                line.append(cell);
                if (c < widths.length - 1) {
                    line.append(" ".repeat(widths[c] - width(cell) + 2));
                }
            }
            out.println(line);
        }
    }

    private static int width(String cell) {
        return cell.codePointCount(0, cell.length());
    }
}
