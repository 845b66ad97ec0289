package org.xuequ.platform.pdf;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The platform's CJK font for PDFs (WenQuanYi Micro Hei, shipped in the jar, see fonts/README.md), embedded
 * as a subset so a document carries only the glyphs it prints: admission notices, balance reports.
 * <p>
 * The collection's bytes are read from the jar once, lazily (holder idiom: the JVM makes the first
 * read thread-safe). Each document then parses its own {@link TrueTypeFont} from those bytes (about
 * 20 ms): fontbox's parsed fonts are not safe to share between threads, since glyph and table reads
 * seek one stream under two different locks, and notices for different schools are printed at once.
 */
public final class PdfFont implements Closeable {

    private static final String RESOURCE = "/fonts/wqy-microhei.ttc";
    private static final String POSTSCRIPT_NAME = "WenQuanYiMicroHei";
    /** Chinese punctuation that must not start a line (避头): it stays with the character before it. */
    private static final String NO_LINE_START = "，。、；：！？）》」』”’,.;:!?)";
    /** Printed for a character the font lacks (e.g. a rare name character), rather than failing the document. */
    private static final String MISSING = "□";

    private static final class Bytes {
        static final byte[] TTC = read();

        private static byte[] read() {
            try (InputStream in = PdfFont.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("font missing from the classpath: " + RESOURCE);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final TrueTypeCollection collection;
    private final CmapLookup unicode;
    private final Map<Integer, Float> advances = new HashMap<>();
    private final Map<List<Object>, List<String>> lines = new HashMap<>();
    private final PDType0Font font;

    private PdfFont(TrueTypeCollection collection, TrueTypeFont ttf, PDDocument document) throws IOException {
        this.collection = collection;
        this.unicode = ttf.getUnicodeCmapLookup();
        this.font = PDType0Font.load(document, ttf, true);
    }

    /** The font for one document; close it after the document is saved (the subset is written on save). */
    public static PdfFont embedIn(PDDocument document) throws IOException {
        TrueTypeCollection collection = new TrueTypeCollection(new ByteArrayInputStream(Bytes.TTC));
        try {
            TrueTypeFont ttf = collection.getFontByName(POSTSCRIPT_NAME);
            if (ttf == null) {
                throw new IOException("no " + POSTSCRIPT_NAME + " in " + RESOURCE);
            }
            return new PdfFont(collection, ttf, document);
        } catch (IOException | RuntimeException e) {
            collection.close();
            throw e;
        }
    }

    /** The text with characters the font cannot show replaced, and control characters as spaces. */
    public String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                out.append(' ');
            } else if (unicode.getGlyphId(cp) > 0) {
                out.appendCodePoint(cp);
            } else {
                out.append(MISSING);
            }
        });
        return out.toString();
    }

    /** Width in points of already printable text; advances are cached, as line breaking asks for them often. */
    public float width(String printable, float size) {
        float units = 0;
        for (int i = 0; i < printable.length(); ) {
            int cp = printable.codePointAt(i);
            units += advances.computeIfAbsent(cp, this::advance);
            i += Character.charCount(cp);
        }
        return units * size / 1000f;
    }

    /**
     * Greedy line breaking: Chinese may break between any two characters, English at the last space;
     * closing punctuation never starts a line. Cached: a batch breaks the same paragraphs on every page.
     */
    public List<String> lines(String printable, float size, float width) {
        return lines.computeIfAbsent(List.of(printable, size, width), k -> breakLines(printable, size, width));
    }

    private List<String> breakLines(String text, float size, float width) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        float used = 0;
        for (int cp : text.codePoints().toArray()) {
            String character = Character.toString(cp);
            float advance = width(character, size);
            if (current.length() > 0 && used + advance > width && NO_LINE_START.indexOf(cp) < 0) {
                int space = current.lastIndexOf(" ");
                // Below U+2E80 (CJK radicals onwards) a character is part of a word: carry the word over.
                if (cp != ' ' && cp < 0x2E80 && space > 0) {
                    String word = current.substring(space + 1);
                    out.add(current.substring(0, space));
                    current = new StringBuilder(word);
                    used = width(word, size);
                } else {
                    out.add(current.toString().stripTrailing());
                    current = new StringBuilder();
                    used = 0;
                }
                if (cp == ' ') {
                    continue;
                }
            }
            current.append(character);
            used += advance;
        }
        if (current.length() > 0) {
            out.add(current.toString());
        }
        return out;
    }

    private float advance(int codePoint) {
        try {
            return font.getStringWidth(Character.toString(codePoint));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The embedded font, to set on a content stream. */
    public PDType0Font font() {
        return font;
    }

    @Override
    public void close() throws IOException {
        collection.close();
    }
}
