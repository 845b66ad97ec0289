package org.xuequ.platform.internal.excel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.springframework.http.HttpStatus;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;
import org.xuequ.platform.XuequProblem;

/**
 * Reads the first sheet of an .xlsx with POI's SAX event API: one row in memory at a time, however
 * large the file. Opening from a file (not a stream) lets the zip be read in place instead of being
 * unpacked into memory first.
 */
public final class SheetStream {

    private SheetStream() {}

    /** Receives rows as text exactly as Excel would display them (1-based row numbers). */
    public interface RawRows {
        /** From the sheet's dimension element, when the writer recorded one; used for progress only. */
        default void expectedRows(int rows) {}

        void row(int number, String[] cells);
    }

    public static void read(Path file, RawRows rows) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw unreadable();
            }
            try (InputStream sheet = sheets.next()) {
                Collector collector = new Collector(rows);
                ContentHandler cells =
                        new XSSFSheetXMLHandler(styles, null, strings, collector, new DataFormatter(), false);
                XMLReader parser = XMLHelper.newXMLReader();
                DimensionFilter filter = new DimensionFilter(rows);
                filter.setParent(parser);
                filter.setContentHandler(cells);
                filter.parse(new InputSource(sheet));
            }
        } catch (XuequProblem e) {
            throw e;
        } catch (IOException
                | OpenXML4JException
                | SAXException
                | RuntimeException
                | javax.xml.parsers.ParserConfigurationException e) {
            if (e.getCause() instanceof XuequProblem problem) {
                throw problem;
            }
            throw unreadable();
        }
    }

    private static XuequProblem unreadable() {
        return new XuequProblem(HttpStatus.BAD_REQUEST, "problem.excel-unreadable");
    }

    /** Picks up &lt;dimension ref="A1:F50001"/&gt; on its way to POI's handler. */
    private static final class DimensionFilter extends XMLFilterImpl {
        private final RawRows rows;

        DimensionFilter(RawRows rows) {
            this.rows = rows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            if ("dimension".equals(localName)) {
                String ref = atts.getValue("ref");
                if (ref != null && ref.contains(":")) {
                    rows.expectedRows(CellRangeAddress.valueOf(ref).getLastRow() + 1);
                }
            }
            super.startElement(uri, localName, qName, atts);
        }
    }

    /** POI skips empty cells, so each cell is placed by its reference; fully blank rows are dropped. */
    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RawRows rows;
        private String[] cells = new String[16];
        private int width;
        private boolean blank;

        Collector(RawRows rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            Arrays.fill(cells, 0, width, null);
            width = 0;
            blank = true;
        }

        @Override
        public void endRow(int rowNum) {
            if (!blank) {
                rows.row(rowNum + 1, Arrays.copyOf(cells, width));
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            if (reference == null || value == null) {
                return;
            }
            int column = new CellReference(reference).getCol();
            if (column >= cells.length) {
                cells = Arrays.copyOf(cells, Math.max(column + 1, cells.length * 2));
            }
            String text = value.strip();
            cells[column] = text.isEmpty() ? null : text;
            width = Math.max(width, column + 1);
            blank &= text.isEmpty();
        }
    }
}
